using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Generators
{
    /// <summary>
    /// Generates <c>IDynamoEntity&lt;T&gt;</c> (ToItem, FromItem, ToKey, Metadata), <c>Keys</c> and <c>Fields</c> for every
    /// <c>[DynamoTable]</c> type. The parser turns symbols into an equatable <see cref="EntitySpec"/>; the emitter turns the
    /// spec into text. An entity the shared model reading blocks gets no code (the analyzers report
    /// why); a failure of the generator itself is reported as B3A9001.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class EntityGenerator : IIncrementalGenerator
    {
        /// <summary>Name of the tracked step producing <see cref="EntitySpec"/>s (asserted by the incrementality tests).</summary>
        public const string EntitySpecTrackingName = "EntitySpec";

        /// <summary>Name of the tracked step after filtering out skipped models.</summary>
        public const string GeneratedEntityTrackingName = "GeneratedEntity";

        private const string DynamoTableAttribute = "Boto3Assist.DynamoDb.DynamoTableAttribute";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var results = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    DynamoTableAttribute,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (ctx, ct) => Parser.Parse(ctx, ct))
                .WithTrackingName(EntitySpecTrackingName);

            var specs = results
                .Where(static result => result.Spec is not null)
                .Select(static (result, _) => result.Spec!)
                .WithTrackingName(GeneratedEntityTrackingName);
            var failures = results
                .Where(static result => result.Failure is not null)
                .Select(static (result, _) => result.Failure!);

            context.RegisterSourceOutput(specs, static (spc, spec) => SourceOutput.Add(spc, spec, spec.HintName, Emitter.Emit));
            context.RegisterSourceOutput(specs, static (spc, spec) => SourceOutput.Add(spc, spec, Repositories.RepositoryEmitter.HintName(spec), Repositories.RepositoryEmitter.Render));
            context.RegisterSourceOutput(failures, static (spc, failure) => SourceOutput.Report(spc, failure));
            context.RegisterSourceOutput(specs, static (spc, spec) => SourceOutput.Add(spc, spec, Repositories.ComputedKeyOverloads.HintName(spec), Repositories.ComputedKeyOverloads.Render));
            context.RegisterSourceOutput(specs, static (spc, spec) => SourceOutput.Add(spc, spec, Collections.ItemCollectionEmitter.HintName(spec), Collections.ItemCollectionEmitter.Render));
            Polymorphism.PolymorphicBasePipeline.Register(context);
            Streams.StreamHandlerPipeline.Register(context);
            var lifecycles = results
                .Where(static result => result.Lifecycle is not null)
                .Select(static (result, _) => result.Lifecycle!);
            context.RegisterSourceOutput(lifecycles, static (spc, lifecycle) => Emitting.LifecycleEmitter.Add(spc, lifecycle));
        }
    }
}
