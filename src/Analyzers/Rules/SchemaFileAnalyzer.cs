using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Model;
using Boto3Assist.Shared.Model.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// Compares each entity's stored shape with the one committed in dynamo-schema.json (an AdditionalFile the runtime
    /// package passes when the file exists next to the project; without it nothing is checked): B3A5008 a change that
    /// leaves items already stored unreadable while [SchemaVersion] was not raised; B3A5009 the file is out of date (a
    /// change that needs no new version, a raised version, an entity added or gone) or cannot be read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SchemaFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.BreakingSchemaChange,
            DiagnosticDescriptors.SchemaFileOutOfDate);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = EntityModelCache.Known(start.Compilation);
                var file = start.Options.AdditionalFiles.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), SchemaFileWriter.FileName, System.StringComparison.OrdinalIgnoreCase));
                if (known is null || file is null)
                {
                    return;
                }

                var text = file.GetText(start.CancellationToken);
                List<StoredShape> shapes;
                try
                {
                    shapes = SchemaFileReader.Read(text?.ToString() ?? string.Empty);
                }
                catch (SchemaFileException e)
                {
                    var where = At(file, text, e.Line, e.Column);
                    var message = string.Format(CultureInfo.InvariantCulture, "cannot be read: {0} (line {1}, column {2})", e.Message, e.Line, e.Column);
                    start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SchemaFileOutOfDate, where, message)));
                    return;
                }

                var stored = shapes.ToDictionary(s => s.Entity, System.StringComparer.Ordinal);
                var seen = new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal);
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, known, stored, seen), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end =>
                {
                    foreach (var shape in shapes)
                    {
                        if (!seen.ContainsKey(shape.Entity))
                        {
                            end.ReportDiagnostic(Diagnostic.Create(
                                DiagnosticDescriptors.SchemaFileOutOfDate,
                                At(file, text, shape.Line, 1),
                                "lists '" + shape.Entity + "', which is no longer an entity of this project"));
                        }
                    }
                });
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols known, Dictionary<string, StoredShape> stored, ConcurrentDictionary<string, bool> seen)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            var entity = EntityModelCache.Read(type, known, context.CancellationToken);
            if (entity is null)
            {
                return;
            }

            var name = MemberTypeClassifier.FullName(type.OriginalDefinition);
            seen[name] = true;
            if (entity.Blockers.Count > 0)
            {
                return; // no code is generated, so nothing is stored; the rules behind the blockers say why
            }

            var current = StoredShapes.Of(entity, context.CancellationToken);
            var location = type.Locations.FirstOrDefault() ?? Location.None;
            if (!stored.TryGetValue(name, out var old))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SchemaFileOutOfDate, location, "does not list '" + name + "' yet"));
                return;
            }

            var changes = SchemaChange.Compare(old, current);
            if (changes.Count == 0)
            {
                return;
            }

            if (current.SchemaVersion <= old.SchemaVersion && changes.Any(c => c.IsBreaking))
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.SchemaVersion, (old.SchemaVersion + 1).ToString(CultureInfo.InvariantCulture))
                    .Add(DiagnosticProperties.KeyChange, changes.Any(c => c.IsBreaking && c.IsKeyChange) ? "true" : "false");
                foreach (var change in changes.Where(c => c.IsBreaking))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.BreakingSchemaChange,
                        LocationOf(entity, change) ?? location,
                        properties,
                        entity.Name,
                        change.Description,
                        old.SchemaVersion.ToString(CultureInfo.InvariantCulture)));
                }

                return;
            }

            var summary = changes[0].Description + (changes.Count > 1 ? " (and " + (changes.Count - 1).ToString(CultureInfo.InvariantCulture) + " more)" : string.Empty);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SchemaFileOutOfDate, location, "is out of date for '" + entity.Name + "': " + summary));
        }

        /// <summary>The member the change is about, else the key's template or declaration; null for the type itself.</summary>
        private static Location? LocationOf(EntityModel entity, SchemaChange change)
        {
            if (change.Member is not null && entity.FindMember(change.Member) is { } member)
            {
                return member.Symbol.Locations.FirstOrDefault();
            }

            if (change.KeySlot is null)
            {
                return null;
            }

            foreach (var key in entity.Keys)
            {
                if (StoredKey.SlotOf(StoredKey.RoleName(key.Role), key.IndexName) != change.KeySlot)
                {
                    continue;
                }

                if (key.Member is not null)
                {
                    return key.Member.Symbol.Locations.FirstOrDefault();
                }

                return key.TemplateSyntax?.GetLocation()
                    ?? key.Attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();
            }

            return null;
        }

        private static Location At(AdditionalText file, SourceText? text, int line, int column)
        {
            if (text is null || text.Lines.Count == 0)
            {
                return Location.Create(file.Path, default, default);
            }

            var index = System.Math.Min(System.Math.Max(line - 1, 0), text.Lines.Count - 1);
            var span = text.Lines[index].Span;
            var start = new LinePosition(index, System.Math.Min(System.Math.Max(column - 1, 0), span.Length));
            return Location.Create(file.Path, span, new LinePositionSpan(start, new LinePosition(index, span.Length)));
        }
    }
}
