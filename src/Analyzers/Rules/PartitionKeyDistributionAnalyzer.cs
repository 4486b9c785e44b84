using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A1004 a partition key with few values (constant, only bool/enum parts) sends all traffic to few partitions,
    /// each capped at 3000 RCU / 1000 WCU; B3A1005 a partition key from a date sends all current writes to one partition.
    /// Applies to the table and to every GSI partition key.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PartitionKeyDistributionAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.LowCardinalityPartitionKey,
            DiagnosticDescriptors.DatePartitionKey);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var key in entity.Keys)
            {
                if (!key.IsPartition)
                {
                    continue;
                }

                if (key.Member is { } member)
                {
                    var location = SourceLocations.Of(key.Attribute, member.Symbol);
                    if (member.Kind == ValueKind.Enum)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LowCardinalityPartitionKey, location, key.Description, entity.Name, "is the enum member '" + member.Name + "'"));
                    }
                    else if (ValueKinds.IsDate(member.Kind))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DatePartitionKey, location, key.Description, entity.Name, member.Name));
                    }

                    continue;
                }

                if (key.Template is not { IsValid: true } template)
                {
                    continue;
                }

                if (template.IsConstant)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LowCardinalityPartitionKey, SourceLocations.OfKey(key, entity.Type), key.Description, entity.Name, "is the constant \"" + template.LiteralPrefix + "\""));
                    continue;
                }

                var onlyFewValued = true;
                foreach (var segment in template.Placeholders)
                {
                    var source = entity.FindMember(segment.Text);
                    if (source is null)
                    {
                        onlyFewValued = false;
                        continue;
                    }

                    if (source.Kind is not (ValueKind.Bool or ValueKind.Enum))
                    {
                        onlyFewValued = false;
                    }

                    if (ValueKinds.IsDate(source.Kind))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DatePartitionKey, SourceLocations.OfSegment(key, segment, entity.Type), key.Description, entity.Name, source.Name));
                    }
                }

                if (onlyFewValued)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LowCardinalityPartitionKey, SourceLocations.OfKey(key, entity.Type), key.Description, entity.Name, "is built only from bool or enum members"));
                }
            }
        }
    }
}
