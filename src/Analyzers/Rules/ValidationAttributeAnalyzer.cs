using System.Collections.Generic;
using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// The generator turns DataAnnotations attributes on an entity's members (and on the nested types it stores) into
    /// checks run before every write. B3A5003: an attribute that cannot check its member ([Range] on a string,
    /// [StringLength] on an int, [RegularExpression] with an invalid pattern) is left out by the generator, so it is an
    /// error here rather than a rule that silently never runs (DataAnnotations itself would throw at run time).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ValidationAttributeAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ValidationAttributeMismatch);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var member in entity.Members)
            {
                if (member.IsMapped && !member.IsIgnored)
                {
                    Check(context, member, nested: false);
                }
            }

            foreach (var nested in NestedStoredTypes.Of(entity, context.CancellationToken))
            {
                foreach (var member in nested.Members)
                {
                    Check(context, member, nested: true);
                }
            }
        }

        private static void Check(SymbolAnalysisContext context, MemberModel member, bool nested)
        {
            IReadOnlyList<ValidationRuleModel> rules = member.ValidationRules;
            foreach (var rule in rules)
            {
                if (rule.Problem(member.Type) is not { } problem)
                {
                    continue;
                }

                // A nested type shared by several entities is reported once.
                if (nested && !ReportedOnce.First(context.Compilation, DiagnosticIds.ValidationAttributeMismatch + rule.Name, member.Symbol))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValidationAttributeMismatch,
                    SourceLocations.Of(rule.Attribute, member.Symbol),
                    rule.Name,
                    member.Name,
                    member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                    problem));
            }
        }
    }
}
