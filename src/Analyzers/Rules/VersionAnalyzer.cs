using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
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
            var version = OncePerItemMember.Check(
                context, entity, m => m.Version, DiagnosticDescriptors.MultipleVersionMembers, MemberTypeClassifier.IsVersionType, DiagnosticDescriptors.VersionMemberType);
            if (version is null)
            {
                return;
            }

            foreach (var key in entity.Keys)
            {
                foreach (var source in entity.SourceMembers(key))
                {
                    if (ReferenceEquals(source, version.Member))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.VersionOnKeyMember, version.Location, version.Member.Name, key.Description, entity.Name));
                    }
                }
            }
        }
    }
}
