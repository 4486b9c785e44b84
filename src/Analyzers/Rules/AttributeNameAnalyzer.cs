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
    /// B3A0005 every value of an item has its own attribute name (members, key attributes, the discriminator);
    /// B3A0006 (info) names that expressions must alias: reserved words and names containing '.' or '-'.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AttributeNameAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.DuplicateAttributeName,
            DiagnosticDescriptors.AttributeNameNeedsAlias);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            // Attribute name -> who writes it (description, and the declaration itself so one key is never its own duplicate).
            var owners = new Dictionary<string, (string Description, object Declaration)>(System.StringComparer.Ordinal);
            var keyMembers = new HashSet<MemberModel>();
            foreach (var key in entity.Keys)
            {
                if (key.Member is not null)
                {
                    keyMembers.Add(key.Member);
                }
            }

            // Keys first: a member that clashes with "pk" is reported on the member, where the fix is.
            foreach (var key in entity.Keys)
            {
                var owner = key.Member is null ? "the " + key.Description : "the member '" + key.Member.Name + "'";
                var declaration = (object?)key.Member ?? key;
                if (owners.TryGetValue(key.AttributeName, out var existing))
                {
                    if (!ReferenceEquals(existing.Declaration, declaration))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateAttributeName,
                            SourceLocations.Of(key.Attribute, key.Member?.Symbol ?? entity.Type),
                            entity.Name,
                            "the " + key.Description,
                            key.AttributeName,
                            existing.Description));
                    }
                }
                else
                {
                    owners.Add(key.AttributeName, (owner, declaration));
                }

                ReportAlias(context, entity, key.AttributeName, SourceLocations.Of(key.Attribute, entity.Type));
            }

            if (entity.DiscriminatorAttribute is { Length: > 0 } discriminator)
            {
                if (owners.TryGetValue(discriminator, out var existing))
                {
                    var location = SourceLocations.Of(SourceLocations.NamedArgumentExpression(entity.TableAttribute, "DiscriminatorAttribute"), entity.TableAttribute, entity.Type);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateAttributeName, location, entity.Name, "the entity type discriminator", discriminator, existing.Description));
                }
                else
                {
                    owners.Add(discriminator, ("the entity type discriminator", entity.TableAttribute));
                }
            }

            foreach (var member in entity.Members)
            {
                if (!member.IsMapped || keyMembers.Contains(member))
                {
                    continue;
                }

                var location = member.DynamoAttribute is not null
                    ? SourceLocations.Of(member.DynamoAttribute, member.Symbol)
                    : SourceLocations.First(member.Symbol);
                if (owners.TryGetValue(member.AttributeName, out var existing))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateAttributeName, location, entity.Name, "the member '" + member.Name + "'", member.AttributeName, existing.Description));
                }
                else
                {
                    owners.Add(member.AttributeName, ("the member '" + member.Name + "'", member));
                }

                ReportAlias(context, entity, member.AttributeName, SourceLocations.First(member.Symbol));
            }
        }

        private static void ReportAlias(SymbolAnalysisContext context, EntityModel entity, string name, Location location)
        {
            if (name.Length == 0 || !ReservedWords.NeedsAlias(name))
            {
                return;
            }

            var why = ReservedWords.IsReserved(name) ? "is a DynamoDB reserved word" : "contains a character that expressions read as an operator";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AttributeNameNeedsAlias, location, name, entity.Name, why));
        }
    }
}
