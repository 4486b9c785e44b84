using Boto3Assist.Generators.Common;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators.Polymorphism
{
    /// <summary>The pipeline of polymorphic bases: <c>[DynamoDerivedType]</c> classes -> spec -> the base's members.</summary>
    internal static class PolymorphicBasePipeline
    {
        public static void Register(IncrementalGeneratorInitializationContext context) =>
            AttributePipeline.Register<PolymorphicBaseSpec>(
                context,
                PolymorphicBaseModel.DerivedTypeAttribute,
                PolymorphicBaseParser.TrackingName,
                static (ctx, ct) => PolymorphicBaseParser.Parse(ctx, ct),
                static spec => spec.Name,
                static spec => spec.HintName,
                static spec => PolymorphicBaseEmitter.Emit(spec));
    }
}
