using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Generators.Parsing;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators.Streams
{
    /// <summary>Maps the shared <see cref="StreamHandlerModel"/> of a handler class to a <see cref="StreamHandlerSpec"/>.</summary>
    internal static class StreamHandlerParser
    {
        /// <summary>Tracking name of the step producing the specs (asserted by the incrementality tests).</summary>
        public const string TrackingName = "StreamHandlerSpec";

        /// <summary>The spec, nothing (a malformed handler, reported by B3A5005), or the generator's own failure.</summary>
        public static AttributeParseResult<StreamHandlerSpec> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || !OwnsAttribute(context, type))
            {
                return AttributeParseResult<StreamHandlerSpec>.Skipped;
            }

            return AttributeParseResult<StreamHandlerSpec>.Guarded(type, () =>
            {
                var model = StreamHandlerModel.TryRead(type, context.SemanticModel.Compilation, entity => EntityModel.TryRead(entity, cancellationToken), cancellationToken);
                return model is null || model.Problems.Count > 0 ? null : Map(model);
            });
        }

        private static StreamHandlerSpec Map(StreamHandlerModel model)
        {
            var type = model.Type;
            var entities = model.Entities
                .Where(e => e.Registered)
                .Select(e => new StreamEntitySpec(TypeNames.NotNullable(e.Entity.Type), e.Entity.Name, e.Insert, e.Modify, e.Remove))
                .ToEquatableArray();
            var unhandled = model.Entities.Where(e => !e.Registered).Select(e => e.Entity.Name).ToEquatableArray();
            return new StreamHandlerSpec(
                Namespace: TypeNames.Namespace(type),
                ContainingTypes: TypeNames.ContainingTypes(type),
                Keyword: TypeNames.Keyword(type),
                Name: type.Name,
                HintName: GeneratedNames.HintName(type).Replace(".DynamoEntity.g.cs", ".DynamoStreamHandler.g.cs"),
                TableName: model.TableName,
                Entities: entities,
                UnhandledEntities: unhandled,
                HasFailureHandler: model.HasFailureHandler);
        }

        /// <summary>The attribute on two declarations of one partial class (a compile error of its own) yields one spec.</summary>
        private static bool OwnsAttribute(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type) =>
            StreamHandlerModel.FindAttribute(type)?.ApplicationSyntaxReference is { } first
            && first.SyntaxTree == context.TargetNode.SyntaxTree
            && context.TargetNode.Span.Contains(first.Span);
    }
}
