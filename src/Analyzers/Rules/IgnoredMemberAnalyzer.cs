using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>B3A0011 [DynamoIgnore] contradicts [PartitionKey], [SortKey], [Ttl], [DynamoVersion], [DynamoAttribute] and [DynamoConverter] on the same member.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IgnoredMemberAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AttributeOnIgnoredMember);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var member in entity.Members)
            {
                if (!member.IsIgnored)
                {
                    continue;
                }

                Report(context, member, member.PartitionKey, "PartitionKey");
                Report(context, member, member.SortKey, "SortKey");
                Report(context, member, member.Ttl, "Ttl");
                Report(context, member, member.Version, "DynamoVersion");
                Report(context, member, member.DynamoAttribute, "DynamoAttribute");
                Report(context, member, member.Converter, "DynamoConverter");
            }
        }

        private static void Report(SymbolAnalysisContext context, MemberModel member, AttributeData? attribute, string name)
        {
            if (attribute is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AttributeOnIgnoredMember, SourceLocations.Of(attribute, member.Symbol), member.Name, name));
            }
        }
    }
}
