using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A1009 string sort keys compare by UTF-8 bytes, so integers need a fixed width ("10" sorts before "2");
    /// B3A1010 dates in keys need a fixed, big-endian format (O, s, u or yyyy...): "05/01/2024" sorts by month and
    /// breaks BETWEEN and begins_with on dates.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeyFormatAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnpaddedIntegerInSortKey,
            DiagnosticDescriptors.UnsortableDateFormat);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var placeholder in entity.Placeholders())
            {
                if (placeholder.Member is not { } member)
                {
                    continue;
                }

                var key = placeholder.Key;
                var kind = member.Kind;
                if (key.IsSort && (kind == ValueKind.Integer ? !IsFixedWidthInteger(placeholder.Format) : kind is ValueKind.Decimal or ValueKind.Floating && !IsFixedWidthDecimal(placeholder.Format)))
                {
                    // Decimals get a fixed pattern with two decimals: the fix's title shows it, to be widened as the data needs.
                    var padding = kind == ValueKind.Integer ? PaddingFormat(ValueKinds.Unwrap(member.Type, out _)) : DecimalPadding;
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UnpaddedIntegerInSortKey,
                        SourceLocations.OfSegment(key, placeholder.Segment, entity.Type),
                        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Format, padding),
                        placeholder.Name,
                        key.Description,
                        entity.Name,
                        padding));
                }
                else if (ValueKinds.IsDate(kind) && placeholder.Format is { } format && !IsSortableDateFormat(format))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UnsortableDateFormat,
                        SourceLocations.OfSegment(key, placeholder.Segment, entity.Type),
                        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.DateOnly, kind == ValueKind.DateOnly ? "true" : "false"),
                        placeholder.Name,
                        key.Description,
                        entity.Name,
                        format));
                }
            }
        }

        /// <summary>D10/X8-style fixed digits, or a custom pattern of zeros ("0000000000").</summary>
        internal static bool IsFixedWidthInteger(string? format)
        {
            if (format is null || format.Length < 2)
            {
                return false;
            }

            if (format[0] is 'D' or 'd' or 'X' or 'x')
            {
                return int.TryParse(format.Substring(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width > 1;
            }

            foreach (var c in format)
            {
                if (c != '0')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The fixed-width pattern proposed for decimals and floating-point numbers in sort keys.</summary>
        internal const string DecimalPadding = "000000000.00";

        /// <summary>A custom pattern of zeros with an optional fraction of zeros ("000000.00"), at least two before the point.</summary>
        internal static bool IsFixedWidthDecimal(string? format)
        {
            if (format is null || format.Length < 2 || format[0] != '0')
            {
                return false;
            }

            var point = format.IndexOf('.');
            for (var i = 0; i < format.Length; i++)
            {
                if (format[i] != '0' && i != point)
                {
                    return false;
                }
            }

            // At least two integer digits, like the integer patterns; a trailing point has no fraction.
            return (point < 0 ? format.Length : point) >= 2 && point != format.Length - 1;
        }

        /// <summary>Round-trip (O), sortable (s), universal sortable (u), or a custom pattern that starts with the year.</summary>
        internal static bool IsSortableDateFormat(string format) =>
            format is "O" or "o" or "s" or "u" || (format.Length > 1 && format.StartsWith("yyyy", System.StringComparison.Ordinal));

        /// <summary>Enough digits for the type's largest value.</summary>
        internal static string PaddingFormat(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Byte or SpecialType.System_SByte => "D3",
            SpecialType.System_Int16 or SpecialType.System_UInt16 => "D5",
            SpecialType.System_Int64 => "D19",
            SpecialType.System_UInt64 => "D20",
            _ => "D10",
        };
    }
}
