using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// A <c>[DynamoStreamHandler]</c> class: B3A5004 an entity of its table that no handler method takes and that is not
    /// in <c>Ignore</c> (its records reach OnUnknownAsync); B3A5005 why no dispatcher is generated for it (a handler
    /// method of the wrong shape or for a type that is not an entity of the table, no OnUnknownAsync, a class that is
    /// not partial, a table no entity uses). Both come from the shared <see cref="StreamHandlerModel"/>, the generator's
    /// own reading.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StreamHandlerAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnhandledStreamEntity,
            DiagnosticDescriptors.MalformedStreamHandler);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(StreamHandlerModel.AttributeName) is null || EntityModelCache.Known(start.Compilation) is not { } known)
                {
                    return;
                }

                start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, known), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, KnownSymbols known)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (StreamHandlerModel.FindAttribute(type) is null)
            {
                return;
            }

            var model = StreamHandlerModel.TryRead(type, context.Compilation, entity => EntityModelCache.Read(entity, known, context.CancellationToken), context.CancellationToken);
            if (model is null)
            {
                return;
            }

            foreach (var problem in model.Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedStreamHandler, problem.Location, model.Name, problem.Reason));
            }

            if (model.Problems.Count > 0)
            {
                // An entity whose malformed handler was not read would look unhandled: B3A5005 says enough.
                return;
            }

            var location = SourceLocations.Of(model.Attribute, type);
            foreach (var entity in model.Entities)
            {
                if (!entity.Registered)
                {
                    // The code fix writes typeof(<this>) into the attribute and lets the simplifier shorten it.
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Entity, entity.Entity.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnhandledStreamEntity, location, properties, entity.Entity.Name, model.TableName, model.Name));
                }
            }
        }
    }
}
