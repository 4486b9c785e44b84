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
    /// B3A0013 a member holds state that ToItem leaves out and FromItem cannot restore (private setter, get-only
    /// auto-property, readonly field), on the entity or on a nested type it stores as a map. The list is the generator's
    /// own (<see cref="MappedMemberSelector.UnstoredMembers"/>). Not reported for an entity that is not generated at all
    /// (B3A0001/B3A0014 say so).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnstoredMemberAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnstoredMember);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            if (EntityEligibility.Check(entity.Type) is not null)
            {
                return;
            }

            Report(context, entity.Type, SourceLocations.First(entity.Type));

            var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default) { entity.Type };
            var pending = new Stack<INamedTypeSymbol>();
            PushNested(entity.Type, seen, pending);
            while (pending.Count > 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var nested = pending.Pop();
                if (nested.Locations.Length > 0 && nested.Locations[0].IsInSource
                    // A nested type shared by several entities is reported once, not once per entity.
                    && ReportedOnce.First(context.Compilation, DiagnosticIds.UnstoredMember, nested.OriginalDefinition))
                {
                    Report(context, nested, nested.Locations[0]);
                }

                PushNested(nested, seen, pending);
            }
        }

        private static void Report(SymbolAnalysisContext context, INamedTypeSymbol type, Location fallback)
        {
            foreach (var member in MappedMemberSelector.UnstoredMembers(type))
            {
                var location = member.Locations.Length > 0 && member.Locations[0].IsInSource ? member.Locations[0] : fallback;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnstoredMember, location, member.Name, type.Name, Why(member)));
            }
        }

        /// <summary>The object types the stored members of <paramref name="type"/> map as M, directly or as elements.</summary>
        private static void PushNested(INamedTypeSymbol type, HashSet<ITypeSymbol> seen, Stack<INamedTypeSymbol> pending)
        {
            foreach (var member in MappedMemberSelector.Select(type))
            {
                if (member.HasConverter)
                {
                    continue;
                }

                for (var c = MemberTypeClassifier.Classify(member.Type); c is not null; c = c.Element)
                {
                    if (c.Kind == MemberMappingKind.Object && c.ValueType is INamedTypeSymbol nested && seen.Add(nested))
                    {
                        pending.Push(nested);
                    }
                }
            }
        }

        private static string Why(ISymbol member) => member switch
        {
            IFieldSymbol => "it is a readonly field",
            IPropertySymbol { SetMethod: { } setter } => "its setter is " + Accessibility(setter.DeclaredAccessibility),
            _ => "it is get-only",
        };

        private static string Accessibility(Microsoft.CodeAnalysis.Accessibility accessibility) => accessibility switch
        {
            Microsoft.CodeAnalysis.Accessibility.Private => "private",
            Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
            Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
            _ => "not accessible",
        };
    }
}
