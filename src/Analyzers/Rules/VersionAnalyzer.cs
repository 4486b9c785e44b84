using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// Optimistic locking increments the version and writes with a condition on the previous value.
    /// B3A3004 the version must be an integer; B3A3005 one per item; B3A3006 it must not feed a key, or every
    /// increment would move the item to a new key.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VersionAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.VersionMemberType,
            DiagnosticDescriptors.MultipleVersionMembers,
            DiagnosticDescriptors.VersionOnKeyMember);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            MemberModel? first = null;
            foreach (var member in entity.Members)
            {
                if (member.Version is null || member.IsIgnored)
                {
                    continue;
                }

                var location = SourceLocations.Of(member.Version, member.Symbol);
                if (first is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MultipleVersionMembers, location, entity.Name, member.Name, first.Name));
                    continue;
                }

                first = member;
                if (!MemberTypeClassifier.IsVersionType(member.Type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.VersionMemberType, location, member.Name, member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
                }

                foreach (var key in entity.Keys)
                {
                    foreach (var source in entity.SourceMembers(key))
                    {
                        if (ReferenceEquals(source, member))
                        {
                            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.VersionOnKeyMember, location, member.Name, key.Description, entity.Name));
                        }
                    }
                }
            }
        }
    }
}
