using System.Collections.Generic;
using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0007 a mapped member whose type (or a nested member's, element's or value's type) the generator cannot map:
    /// the shared classifier decides, so the generator and this rule never disagree;
    /// B3A0008 a nested type that contains itself, or nests deeper than DynamoDB's 32 levels.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MemberTypeAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnsupportedMemberType,
            DiagnosticDescriptors.NestingTooDeep);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var member in entity.Members)
            {
                if (!member.IsMapped || member.Converter is not null)
                {
                    continue;
                }

                var location = SourceLocations.First(member.Symbol);
                var reason = MemberTypeClassifier.FindUnsupportedReason(member.Type);
                if (reason is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedMemberType, location, member.Name, entity.Name, reason));
                    continue;
                }

                var problem = NestingProblem(member.Type, settings.MaxNestingDepth, entity.Type);
                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NestingTooDeep, location, member.Name, entity.Name, problem));
                }
            }
        }

        /// <summary>Depth-first through nested objects, lists and maps: a type met again on its own path is a cycle.</summary>
        private static string? NestingProblem(ITypeSymbol type, int maxDepth, INamedTypeSymbol entity)
        {
            var path = new List<INamedTypeSymbol> { entity };
            var deepest = 0;
            var cycle = Walk(MemberTypeClassifier.Classify(type), 1, path, ref deepest, maxDepth);
            if (cycle is not null)
            {
                return "is recursive (" + cycle + " contains itself), so items can nest without bound";
            }

            return deepest > maxDepth ? "nests " + deepest + " levels deep" : null;
        }

        private static string? Walk(MemberTypeClassification classification, int depth, List<INamedTypeSymbol> path, ref int deepest, int maxDepth)
        {
            switch (classification.Kind)
            {
                case MemberMappingKind.List:
                case MemberMappingKind.Set:
                case MemberMappingKind.Map:
                    if (depth > deepest)
                    {
                        deepest = depth;
                    }

                    return classification.Element is null || depth > maxDepth ? null : Walk(classification.Element, depth + 1, path, ref deepest, maxDepth);
                case MemberMappingKind.Object:
                    if (depth > deepest)
                    {
                        deepest = depth;
                    }

                    var type = (INamedTypeSymbol)classification.ValueType;
                    foreach (var onPath in path)
                    {
                        if (SymbolEqualityComparer.Default.Equals(onPath.OriginalDefinition, type.OriginalDefinition))
                        {
                            return "'" + type.Name + "'";
                        }
                    }

                    if (depth > maxDepth)
                    {
                        return null;
                    }

                    path.Add(type);
                    foreach (var member in MappedMemberSelector.Select(type))
                    {
                        if (member.HasConverter)
                        {
                            continue;
                        }

                        var cycle = Walk(MemberTypeClassifier.Classify(member.Type), depth + 1, path, ref deepest, maxDepth);
                        if (cycle is not null)
                        {
                            return cycle;
                        }
                    }

                    path.RemoveAt(path.Count - 1);
                    return null;
                default:
                    return null;
            }
        }
    }
}
