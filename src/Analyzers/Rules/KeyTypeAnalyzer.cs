using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A1001 key attributes are S, N or B: a key member or placeholder of another type cannot be a key;
    /// B3A1012 float/double keys round (0.1 + 0.2 is not 0.3), so equal-looking keys miss;
    /// B3A1013 a format on a placeholder whose type has no <c>ToString(format)</c> (string, bool, char) cannot compile.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeyTypeAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.KeyTypeNotScalar,
            DiagnosticDescriptors.FloatingPointKey,
            DiagnosticDescriptors.FormatOnUnformattableMember);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var key in entity.Keys)
            {
                if (key.Member is not { } member)
                {
                    continue;
                }

                var location = SourceLocations.Of(key.Attribute, member.Symbol);
                if (member.KeyScalarType is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KeyTypeNotScalar, location, key.Description, entity.Name, member.Name, TypeName(member)));
                }
                else if (member.Kind == ValueKind.Floating)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FloatingPointKey, location, MemberProperty(member), key.Description, entity.Name, member.Name, TypeName(member)));
                }
            }

            foreach (var placeholder in entity.Placeholders())
            {
                if (placeholder.Member is not { } member)
                {
                    continue;
                }

                var key = placeholder.Key;
                var location = SourceLocations.OfSegment(key, placeholder.Segment, entity.Type);
                var kind = member.Kind;
                if (!member.IsKeyPlaceholderType)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KeyTypeNotScalar, location, key.Description, entity.Name, member.Name, TypeName(member)));
                }
                else if (kind == ValueKind.Floating)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FloatingPointKey, location, MemberProperty(member), key.Description, entity.Name, member.Name, TypeName(member)));
                }
                else if (placeholder.Format is not null && !ValueKinds.TakesFormat(kind) && !(kind == ValueKind.String && KeyTextFormat.TryParse(placeholder.Format, out _)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FormatOnUnformattableMember, location, placeholder.Name, placeholder.Format, key.Description, entity.Name, TypeName(member)));
                }
            }
        }

        private static ImmutableDictionary<string, string?> MemberProperty(MemberModel member) =>
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Member, member.Name);

        private static string TypeName(MemberModel member) => member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
    }
}
