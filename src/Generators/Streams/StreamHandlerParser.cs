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
        public static StreamHandlerParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || !OwnsAttribute(context, type))
            {
                return StreamHandlerParseResult.Skipped;
            }

            try
            {
                var model = StreamHandlerModel.TryRead(type, context.SemanticModel.Compilation, entity => EntityModel.TryRead(entity, cancellationToken), cancellationToken);
                if (model is null || model.Problems.Count > 0)
                {
                    return StreamHandlerParseResult.Skipped;
                }

                return new StreamHandlerParseResult(Map(model), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new StreamHandlerParseResult(null, EntityGenerator.Parser.Failed(type, e).Failure);
            }
        }

        private static StreamHandlerSpec Map(StreamHandlerModel model)
        {
            var type = model.Type;
            var containing = new List<ContainingTypeSpec>();
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                containing.Insert(0, new ContainingTypeSpec(TypeNames.Keyword(outer), outer.Name));
            }

            var entities = model.Entities
                .Where(e => e.Registered)
                .Select(e => new StreamEntitySpec(TypeNames.NotNullable(e.Entity.Type), e.Entity.Name, e.Insert, e.Modify, e.Remove))
                .ToEquatableArray();
            var unhandled = model.Entities.Where(e => !e.Registered).Select(e => e.Entity.Name).ToEquatableArray();
            return new StreamHandlerSpec(
                Namespace: type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
                ContainingTypes: containing.ToEquatableArray(),
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
