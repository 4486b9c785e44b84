using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// Rules across all entities that share a table, computed once per compilation at its end:
    /// B3A2001 keys that can collide; B3A2002 a sort key prefix that is a prefix of another entity's;
    /// B3A2003 one key attribute with two types; B3A2004 one index name with two key schemas;
    /// B3A2005 more GSIs than the quota; B3A2006 more than 5 LSIs; B3A2008 two TTL attributes.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TableConsistencyAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxLocalIndexes = 5;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.KeyCollision,
            DiagnosticDescriptors.OverlappingKeyPrefix,
            DiagnosticDescriptors.PartitionKeyPrefixOfAnother,
            DiagnosticDescriptors.KeyAttributeTypeConflict,
            DiagnosticDescriptors.IndexDefinitionConflict,
            DiagnosticDescriptors.TooManyGlobalIndexes,
            DiagnosticDescriptors.TooManyLocalIndexes,
            DiagnosticDescriptors.TtlAttributeConflict);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = EntityModelCache.Known(start.Compilation);
                if (known is null)
                {
                    return;
                }

                var entities = new ConcurrentBag<EntityModel>();
                start.RegisterSymbolAction(
                    symbolContext =>
                    {
                        var entity = EntityModelCache.Read((INamedTypeSymbol)symbolContext.Symbol, known, symbolContext.CancellationToken);
                        if (entity?.TableName is not null)
                        {
                            entities.Add(entity);
                        }
                    },
                    SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end =>
                {
                    var tables = entities
                        .OrderBy(e => e.Type.ToDisplayString(), System.StringComparer.Ordinal)
                        .GroupBy(e => e.TableName!, System.StringComparer.Ordinal);
                    foreach (var table in tables)
                    {
                        var members = table.ToList();
                        var tree = members[0].Type.Locations.FirstOrDefault()?.SourceTree;
                        AnalyzeTable(end, table.Key, members, AnalyzerSettings.Read(end.Options, tree));
                    }
                });
            });
        }

        private static void AnalyzeTable(CompilationAnalysisContext context, string table, List<EntityModel> entities, AnalyzerSettings settings)
        {
            CheckCollisionsAndPrefixes(context, table, entities);
            CheckKeyAttributeTypes(context, table, entities);
            CheckIndexes(context, table, entities, settings);
            CheckTtl(context, table, entities);
        }

        private static void CheckCollisionsAndPrefixes(CompilationAnalysisContext context, string table, List<EntityModel> entities)
        {
            for (var i = 0; i < entities.Count; i++)
            {
                for (var j = i + 1; j < entities.Count; j++)
                {
                    var a = entities[i];
                    var b = entities[j];
                    if (a.TablePartitionKey is not { } aPk || b.TablePartitionKey is not { } bPk || aPk.AttributeName != bPk.AttributeName)
                    {
                        continue;
                    }

                    if (Shape(aPk) != Shape(bPk))
                    {
                        CheckPartitionPrefix(context, table, a, aPk, b, bPk);
                        CheckPartitionPrefix(context, table, b, bPk, a, aPk);
                        continue;
                    }

                    if (ShareKeySpace(a, b))
                    {
                        continue;
                    }

                    var aSk = a.TableSortKey;
                    var bSk = b.TableSortKey;
                    if (Shape(aSk) == Shape(bSk))
                    {
                        var shape = "pk " + Shape(aPk) + (aSk is null ? string.Empty : ", sk " + Shape(aSk));
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KeyCollision, SourceLocations.OfKey(bPk, b.Type), a.Name, b.Name, table, shape));
                        continue;
                    }

                    if (aSk?.Template is not { IsValid: true } aTemplate || bSk?.Template is not { IsValid: true } bTemplate)
                    {
                        continue;
                    }

                    var aPrefix = aTemplate.LiteralPrefix;
                    var bPrefix = bTemplate.LiteralPrefix;
                    if (aPrefix.Length == 0 || bPrefix.Length == 0)
                    {
                        continue;
                    }

                    // The entity whose prefix is the shorter one is the one whose begins_with queries return strangers.
                    if (bPrefix.StartsWith(aPrefix, System.StringComparison.Ordinal))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OverlappingKeyPrefix, SourceLocations.OfKey(aSk, a.Type), aPrefix, a.Name, bPrefix, b.Name, table));
                    }
                    else if (aPrefix.StartsWith(bPrefix, System.StringComparison.Ordinal))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OverlappingKeyPrefix, SourceLocations.OfKey(bSk, b.Type), bPrefix, b.Name, aPrefix, a.Name, table));
                    }
                }
            }
        }

        /// <summary>
        /// B3A2009: <paramref name="shorter"/>'s partition template ends in a placeholder and is the start of
        /// <paramref name="longer"/>'s (<c>USER#{UserId}</c> and <c>USER#{UserId}#ORDER#{OrderId}</c>): a value
        /// <c>1#ORDER#x</c> would name the other entity's partition. The generated builders refuse such values, but raw
        /// placeholders and other clients writing the table do not.
        /// </summary>
        private static void CheckPartitionPrefix(CompilationAnalysisContext context, string table, EntityModel shorter, KeyModel shorterKey, EntityModel longer, KeyModel longerKey)
        {
            var shorterShape = Shape(shorterKey);
            var longerShape = Shape(longerKey);
            if (shorterKey.Template is not { IsValid: true } template || template.Segments.Count == 0 || !template.Segments[template.Segments.Count - 1].IsPlaceholder
                || ShareKeySpace(shorter, longer))
            {
                return;
            }

            var open = shorterShape.Substring(0, shorterShape.Length - 1);
            if (longerShape.Length > shorterShape.Length && longerShape.StartsWith(open, System.StringComparison.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PartitionKeyPrefixOfAnother, SourceLocations.OfKey(shorterKey, shorter.Type), shorterShape, shorter.Name, longerShape, longer.Name, table));
            }
        }

        /// <summary>Both entities name the same <c>SharedKeySpace</c>: sharing key shapes is their design.</summary>
        private static bool ShareKeySpace(EntityModel a, EntityModel b) =>
            a.Table.SharedKeySpace is { Length: > 0 } space && space == b.Table.SharedKeySpace;

        /// <summary>The literal structure of a key: literals kept, every placeholder (or a member's own value) as {}.</summary>
        private static string Shape(KeyModel? key)
        {
            if (key is null)
            {
                return "(none)";
            }

            if (key.Template is not { IsValid: true } template)
            {
                return "\"{}\"";
            }

            var sb = new StringBuilder("\"");
            foreach (var segment in template.Segments)
            {
                sb.Append(segment.IsPlaceholder ? "{}" : segment.Text);
            }

            return sb.Append('"').ToString();
        }

        private static void CheckKeyAttributeTypes(CompilationAnalysisContext context, string table, List<EntityModel> entities)
        {
            var seen = new Dictionary<string, (char Type, EntityModel Entity)>(System.StringComparer.Ordinal);
            foreach (var entity in entities)
            {
                foreach (var key in entity.Keys)
                {
                    if (key.ScalarType is not { } type)
                    {
                        continue;
                    }

                    if (!seen.TryGetValue(key.AttributeName, out var first))
                    {
                        seen.Add(key.AttributeName, (type, entity));
                    }
                    else if (first.Type != type)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.KeyAttributeTypeConflict,
                            SourceLocations.OfKey(key, entity.Type),
                            key.AttributeName,
                            table,
                            first.Type.ToString(),
                            first.Entity.Name,
                            type.ToString(),
                            entity.Name));
                    }
                }
            }
        }

        private static void CheckIndexes(CompilationAnalysisContext context, string table, List<EntityModel> entities, AnalyzerSettings settings)
        {
            var schemas = new Dictionary<string, (string Schema, EntityModel Entity)>(System.StringComparer.Ordinal);
            var globalIndexes = 0;
            var localIndexes = 0;
            foreach (var entity in entities)
            {
                foreach (var key in entity.Keys)
                {
                    if (key.IndexName is null || key.Role == KeyRole.GsiSort)
                    {
                        continue;
                    }

                    var schema = Schema(entity, key);
                    if (schemas.TryGetValue(key.IndexName, out var first))
                    {
                        if (first.Schema != schema)
                        {
                            context.ReportDiagnostic(Diagnostic.Create(
                                DiagnosticDescriptors.IndexDefinitionConflict,
                                SourceLocations.Of(key.Attribute, entity.Type),
                                key.IndexName,
                                table,
                                first.Schema,
                                first.Entity.Name,
                                schema,
                                entity.Name));
                        }

                        continue;
                    }

                    schemas.Add(key.IndexName, (schema, entity));
                    if (key.Role == KeyRole.GsiPartition && ++globalIndexes == settings.MaxGsiCount + 1)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TooManyGlobalIndexes, SourceLocations.Of(key.Attribute, entity.Type), table, CountGlobal(entities), settings.MaxGsiCount));
                    }
                    else if (key.Role == KeyRole.LsiSort && ++localIndexes == MaxLocalIndexes + 1)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TooManyLocalIndexes, SourceLocations.Of(key.Attribute, entity.Type), table, CountLocal(entities)));
                    }
                }
            }
        }

        private static string Schema(EntityModel entity, KeyModel key)
        {
            if (key.Role == KeyRole.LsiSort)
            {
                return "LSI(" + (entity.TablePartitionKey?.AttributeName ?? "?") + ", " + key.AttributeName + ")";
            }

            foreach (var other in entity.Keys)
            {
                if (other.Role == KeyRole.GsiSort && ReferenceEquals(other.Attribute, key.Attribute))
                {
                    return "GSI(" + key.AttributeName + ", " + other.AttributeName + ")";
                }
            }

            return "GSI(" + key.AttributeName + ")";
        }

        private static int CountGlobal(List<EntityModel> entities) =>
            entities.SelectMany(e => e.Keys).Where(k => k.Role == KeyRole.GsiPartition).Select(k => k.IndexName).Distinct(System.StringComparer.Ordinal).Count();

        private static int CountLocal(List<EntityModel> entities) =>
            entities.SelectMany(e => e.Keys).Where(k => k.Role == KeyRole.LsiSort).Select(k => k.IndexName).Distinct(System.StringComparer.Ordinal).Count();

        private static void CheckTtl(CompilationAnalysisContext context, string table, List<EntityModel> entities)
        {
            (string Attribute, EntityModel Entity)? first = null;
            foreach (var entity in entities)
            {
                var ttl = entity.Members.FirstOrDefault(m => m.Ttl is not null && !m.IsIgnored);
                if (ttl is null)
                {
                    continue;
                }

                if (first is null)
                {
                    first = (ttl.AttributeName, entity);
                }
                else if (first.Value.Attribute != ttl.AttributeName)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.TtlAttributeConflict,
                        SourceLocations.Of(ttl.Ttl!, ttl.Symbol),
                        table,
                        first.Value.Attribute,
                        first.Value.Entity.Name,
                        ttl.AttributeName,
                        entity.Name));
                }
            }
        }
    }
}
