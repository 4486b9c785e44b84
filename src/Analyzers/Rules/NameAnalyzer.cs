using System.Collections.Immutable;
using System.Text;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0004 table and index names follow DynamoDB's naming rule (3-255 of [A-Za-z0-9_.-]), or CreateTable fails;
    /// B3A0012 attribute names are not empty and key attribute names fit in 255 bytes.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NameAnalyzer : EntityAnalyzerBase
    {
        private const int MaxKeyAttributeNameBytes = 255;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.InvalidTableOrIndexName,
            DiagnosticDescriptors.InvalidAttributeName);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            if (!IsValidName(entity.TableName))
            {
                var location = SourceLocations.Of(SourceLocations.ArgumentExpression(entity.TableAttribute, 0, "tableName"), entity.TableAttribute, entity.Type);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidTableOrIndexName, location, "table", entity.TableName ?? string.Empty));
            }

            var reportedIndexes = new System.Collections.Generic.HashSet<AttributeData>();
            foreach (var key in entity.Keys)
            {
                if (key.IndexName is not null && !IsValidName(key.IndexName) && reportedIndexes.Add(key.Attribute))
                {
                    var location = SourceLocations.Of(SourceLocations.ArgumentExpression(key.Attribute, 0, "indexName"), key.Attribute, entity.Type);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidTableOrIndexName, location, "index", key.IndexName));
                }

                var property = key.Role switch
                {
                    KeyRole.GsiPartition => "PartitionKeyAttributeName",
                    KeyRole.GsiSort or KeyRole.LsiSort => "SortKeyAttributeName",
                    _ => "AttributeName",
                };
                var written = SourceLocations.NamedArgumentExpression(key.Attribute, property);
                if (written is not null)
                {
                    var problem = AttributeNameProblem(key.AttributeName, MaxKeyAttributeNameBytes);
                    if (problem is not null)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidAttributeName, written.GetLocation(), key.AttributeName, problem));
                    }
                }
            }

            foreach (var member in entity.Members)
            {
                if (member.DynamoAttribute is null)
                {
                    continue;
                }

                var written = SourceLocations.ArgumentExpression(member.DynamoAttribute, 0, "name");
                var problem = written is null ? null : AttributeNameProblem(member.AttributeName, int.MaxValue);
                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidAttributeName, written!.GetLocation(), member.AttributeName, problem));
                }
            }

            var discriminator = SourceLocations.NamedArgumentExpression(entity.TableAttribute, "DiscriminatorAttribute");
            if (discriminator is not null && entity.DiscriminatorAttribute is not null && entity.DiscriminatorAttribute.Length == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidAttributeName, discriminator.GetLocation(), string.Empty, "an attribute name cannot be empty (set WriteEntityType = false to write no discriminator)"));
            }
        }

        internal static bool IsValidName(string? name)
        {
            if (name is null || name.Length < 3 || name.Length > 255)
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private static string? AttributeNameProblem(string name, int maxBytes)
        {
            if (name.Length == 0)
            {
                return "an attribute name cannot be empty";
            }

            var bytes = Encoding.UTF8.GetByteCount(name);
            return bytes > maxBytes ? "a key attribute name is at most 255 bytes, this one is " + bytes : null;
        }
    }
}
