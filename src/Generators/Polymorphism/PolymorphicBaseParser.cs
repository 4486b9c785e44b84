using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Generators.Parsing;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators.Polymorphism
{
    /// <summary>Maps the shared <see cref="PolymorphicBaseModel"/> of a base to a <see cref="PolymorphicBaseSpec"/>.</summary>
    internal static class PolymorphicBaseParser
    {
        /// <summary>Tracking name of the step producing the specs.</summary>
        public const string TrackingName = "PolymorphicBaseSpec";

        /// <summary>The spec, nothing (a blocked model, reported by B3A0016), or the generator's own failure.</summary>
        public static AttributeParseResult<PolymorphicBaseSpec> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || !OwnsFirstDeclaration(context, type))
            {
                return AttributeParseResult<PolymorphicBaseSpec>.Skipped;
            }

            return AttributeParseResult<PolymorphicBaseSpec>.Guarded(type, () =>
            {
                var model = PolymorphicBaseModel.TryRead(type, cancellationToken);
                return model is null || model.Blockers.Count > 0 ? null : Map(model);
            });
        }

        private static PolymorphicBaseSpec Map(PolymorphicBaseModel model)
        {
            var type = model.Type;
            var derived = model.Derived
                .Select(d => new DerivedTypeSpec(TypeNames.NotNullable(d.Type), d.Type.Name, GeneratedNames.Parameter(d.Type.Name), d.Entity!.EntityType, d.Depth))
                .ToEquatableArray();
            var defaultType = model.Derived.FirstOrDefault(d => d.IsDefault);
            return new PolymorphicBaseSpec(
                Namespace: TypeNames.Namespace(type),
                ContainingTypes: TypeNames.ContainingTypes(type),
                Keyword: TypeNames.Keyword(type),
                Name: type.Name,
                TypeName: TypeNames.NotNullable(type),
                HintName: GeneratedNames.HintName(type).Replace(".DynamoEntity.g.cs", ".DynamoPolymorphic.g.cs"),
                DiscriminatorAttribute: model.DiscriminatorAttribute!,
                Derived: derived,
                DefaultTypeName: defaultType is null ? null : TypeNames.NotNullable(defaultType.Type));
        }

        /// <summary>A partial base declared in several files yields one spec: from the declaration holding the first attribute.</summary>
        private static bool OwnsFirstDeclaration(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (DeclaredAttributes.Is(attribute, PolymorphicBaseModel.DerivedTypeAttribute) && attribute.ApplicationSyntaxReference is { } reference)
                {
                    return reference.SyntaxTree == context.TargetNode.SyntaxTree && context.TargetNode.Span.Contains(reference.Span);
                }
            }

            return false;
        }
    }
}
