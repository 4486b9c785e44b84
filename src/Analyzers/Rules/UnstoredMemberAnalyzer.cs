using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0013 a member holds state that ToItem leaves out and FromItem cannot restore (private setter, get-only
    /// auto-property, readonly field). The list is the generator's own (<see cref="MappedMemberSelector.UnstoredMembers"/>).
    /// Not reported for an entity that is not generated at all (B3A0001/B3A0014 say so).
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

            foreach (var member in MappedMemberSelector.UnstoredMembers(entity.Type))
            {
                var location = member.Locations.Length > 0 && member.Locations[0].IsInSource ? member.Locations[0] : SourceLocations.First(entity.Type);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnstoredMember, location, member.Name, entity.Name, Why(member)));
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
