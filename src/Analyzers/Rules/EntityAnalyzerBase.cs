using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// Runs a rule once per [DynamoTable] type, and not at all in compilations that do not reference Boto3Assist.
    /// Concurrent, and generated code is not analysed.
    /// </summary>
    public abstract class EntityAnalyzerBase : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = EntityModelCache.Known(start.Compilation);
                if (known is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        var type = (INamedTypeSymbol)symbolContext.Symbol;
                        var entity = EntityModelCache.Read(type, known, symbolContext.CancellationToken);
                        if (entity is not null)
                        {
                            var tree = type.Locations.Length > 0 ? type.Locations[0].SourceTree : null;
                            AnalyzeEntity(symbolContext, entity, known, AnalyzerSettings.Read(symbolContext.Options, tree));
                        }
                    },
                    SymbolKind.NamedType);
                RegisterMoreActions(start, known);
            });
        }

        /// <summary>For rules that also look at code outside the model (assignments, initializers).</summary>
#pragma warning disable RS1012 // Overrides register actions; this default registers none on purpose.
        internal virtual void RegisterMoreActions(CompilationStartAnalysisContext context, KnownSymbols known)
        {
        }
#pragma warning restore RS1012

        internal abstract void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings);
    }
}
