using System.Collections.Immutable;
using System.Text;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A1011 partition keys hold at most 2048 bytes and sort keys 1024: when the literal parts plus the fixed widths
    /// of the placeholders (a Guid is 36 characters, "O" dates 28 or 33, D20 20 digits) already exceed that, every write fails.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeyLengthAnalyzer : EntityAnalyzerBase
    {
        internal const int MaxPartitionKeyBytes = 2048;
        internal const int MaxSortKeyBytes = 1024;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.KeyTooLong);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var key in entity.Keys)
            {
                if (key.Template is not { IsValid: true } template)
                {
                    continue;
                }

                var bytes = 0;
                foreach (var segment in template.Segments)
                {
                    bytes += segment.IsPlaceholder
                        ? MinimumWidth(entity.FindMember(segment.Text), segment.Format)
                        : Encoding.UTF8.GetByteCount(segment.Text);
                }

                var limit = key.IsPartition ? MaxPartitionKeyBytes : MaxSortKeyBytes;
                if (bytes > limit)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KeyTooLong, SourceLocations.OfKey(key, entity.Type), key.Description, entity.Name, bytes, limit));
                }
            }
        }

        /// <summary>The fewest characters a placeholder can produce; 0 when that is not known.</summary>
        internal static int MinimumWidth(MemberModel? member, string? format)
        {
            if (member is null)
            {
                return 0;
            }

            if (format is { Length: > 1 } && format[0] is 'D' or 'd' && int.TryParse(format.Substring(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits))
            {
                return digits;
            }

            return member.Kind switch
            {
                ValueKind.Guid => format switch
                {
                    null or "D" or "d" => 36,
                    "N" or "n" => 32,
                    "B" or "b" or "P" or "p" => 38,
                    _ => 0,
                },
                ValueKind.DateTime when format is null or "O" or "o" => 28,
                ValueKind.DateTimeOffset when format is null or "O" or "o" => 33,
                ValueKind.DateOnly when format is null or "O" or "o" => 10,
                _ => 0,
            };
        }
    }
}
