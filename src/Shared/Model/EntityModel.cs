using System.Collections.Generic;
using System.Threading;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Declarations;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>
    /// What a [DynamoTable] type declares, read from its symbols: keys, indexes, members and their attribute names.
    /// Every rule reads the entity through this one view, so they agree on what a model means.
    /// </summary>
    internal sealed class EntityModel
    {
        private readonly Dictionary<string, MemberModel> membersByName;

        private EntityModel(INamedTypeSymbol type, AttributeData table)
        {
            Type = type;
            TableAttribute = table;
            Table = DeclaredAttributes.Table(table);
            Conventions = DeclaredAttributes.ConventionsFor(type);
            Constants = DeclaredAttributes.ConstantsOf(type);
            SchemaVersion = DeclaredAttributes.SchemaVersionOf(type);
            SchemaUpgrades = SchemaUpgradeModel.Read(type);
            membersByName = new Dictionary<string, MemberModel>(System.StringComparer.Ordinal);
        }

        public INamedTypeSymbol Type { get; }

        public string Name => Type.Name;

        public AttributeData TableAttribute { get; }

        /// <summary>The <c>[DynamoTable]</c> as the runtime constructs it (its defaults are the runtime's).</summary>
        public DynamoTableAttribute Table { get; }

        /// <summary>The table name as written; null when it is not a string constant.</summary>
        public string? TableName => DeclaredAttributes.Argument(TableAttribute, 0);

        /// <summary>The discriminator value stored in every item: <c>EntityType</c>, or the CLR type name.</summary>
        public string EntityType => Table.EntityType ?? Type.Name;

        /// <summary>The discriminator attribute, or null when the entity type is not written.</summary>
        public string? DiscriminatorAttribute => Table.WriteEntityType ? Table.DiscriminatorAttribute : null;

        public DynamoNamingPolicy NamingPolicy => Table.NamingPolicy;

        /// <summary>How values are written: the entity's <c>[DynamoConventions]</c>, else its assembly's, else the defaults.</summary>
        public DynamoConventionsAttribute Conventions { get; }

        /// <summary>The <c>[DynamoConstant]</c> attributes ToItem writes, in declaration order.</summary>
        public List<DynamoConstantAttribute> Constants { get; }

        /// <summary>The entity's <c>[SchemaVersion]</c> (version and stored attribute); null when it is not versioned.</summary>
        public SchemaVersionAttribute? SchemaVersion { get; }

        /// <summary>The entity's own <c>[SchemaUpgrade]</c> methods, in declaration order (checked by <see cref="SchemaVersionChecks"/>).</summary>
        public List<SchemaUpgradeModel> SchemaUpgrades { get; }

        /// <summary>Why no code can be generated for the entity; empty when it can. The generator and the analyzers both read this.</summary>
        public IReadOnlyList<GenerationBlocker> Blockers { get; private set; } = System.Array.Empty<GenerationBlocker>();

        /// <summary>Every readable instance member, ignored ones included (placeholders may name them).</summary>
        public List<MemberModel> Members { get; } = new List<MemberModel>();

        /// <summary>Every key declaration in declaration order; duplicates are kept so rules can report them.</summary>
        public List<KeyModel> Keys { get; } = new List<KeyModel>();

        public KeyModel? TablePartitionKey => First(KeyRole.TablePartition);

        public KeyModel? TableSortKey => First(KeyRole.TableSort);

        public MemberModel? FindMember(string name) => membersByName.TryGetValue(name, out var m) ? m : null;

        /// <summary>Every placeholder of every valid key template, with the member it names (null when none).</summary>
        public IEnumerable<PlaceholderModel> Placeholders()
        {
            foreach (var key in Keys)
            {
                if (key.Template is not { IsValid: true } template)
                {
                    continue;
                }

                for (var i = 0; i < template.Segments.Count; i++)
                {
                    var segment = template.Segments[i];
                    if (segment.IsPlaceholder)
                    {
                        yield return new PlaceholderModel(key, segment, i, FindMember(segment.Text));
                    }
                }
            }
        }

        /// <summary>Each member that feeds the table's partition or sort key, once.</summary>
        public IEnumerable<MemberModel> TableKeySourceMembers()
        {
            var seen = new HashSet<MemberModel>();
            foreach (var key in Keys)
            {
                if (!key.IsTableKey)
                {
                    continue;
                }

                foreach (var member in SourceMembers(key))
                {
                    if (seen.Add(member))
                    {
                        yield return member;
                    }
                }
            }
        }

        /// <summary>The members a key is built from: its own member, or the members its placeholders name.</summary>
        public IEnumerable<MemberModel> SourceMembers(KeyModel key)
        {
            if (key.Member is not null)
            {
                yield return key.Member;
                yield break;
            }

            if (key.Template is { IsValid: true } template)
            {
                foreach (var segment in template.Placeholders)
                {
                    var member = FindMember(segment.Text);
                    if (member is not null)
                    {
                        yield return member;
                    }
                }
            }
        }

        public KeyModel? First(KeyRole role)
        {
            foreach (var key in Keys)
            {
                if (key.Role == role)
                {
                    return key;
                }
            }

            return null;
        }

        /// <summary>The model of a <c>[DynamoTable]</c> type, or null when the type has no such attribute.</summary>
        public static EntityModel? TryRead(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            AttributeData? table = null;
            foreach (var attribute in type.GetAttributes())
            {
                if (DeclaredAttributes.Is(attribute, DeclaredAttributes.DynamoTable))
                {
                    table = attribute;
                    break;
                }
            }

            if (table is null)
            {
                return null;
            }

            var model = new EntityModel(type, table);
            model.ReadMembers(cancellationToken);
            model.ReadTypeKeys();
            model.Blockers = GenerationBlockers.Find(model, cancellationToken);
            return model;
        }

        private void ReadMembers(CancellationToken cancellationToken)
        {
            // The shared selector decides what is readable (placeholders) and what is mapped.
            var mapped = new Dictionary<string, MappedMember>(System.StringComparer.Ordinal);
            foreach (var member in MappedMemberSelector.Select(Type))
            {
                mapped[member.Name] = member;
            }

            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var symbol in MappedMemberSelector.ReadableMembers(Type))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(symbol.Name))
                {
                    continue;
                }

                mapped.TryGetValue(symbol.Name, out var mappedMember);
                var member = MemberModel.Read(symbol, mappedMember?.ConstructorParameter, mappedMember is not null, NamingPolicy, Conventions);
                Members.Add(member);
                membersByName[symbol.Name] = member;
            }
        }

        private void ReadTypeKeys()
        {
            // Type-level templates first, then member-level keys: the first declaration wins, later ones are duplicates.
            // Default attribute names come from [DynamoKeyNames] (the entity's or the assembly's), then the runtime's.
            var names = DeclaredAttributes.KeyNamesFor(Type);
            var indexPartition = names.IndexPartitionKey ?? DynamoKeyNamesAttribute.IndexPlaceholder + GsiKeyAttribute.DefaultPartitionKeySuffix;
            var indexSort = names.IndexSortKey ?? DynamoKeyNamesAttribute.IndexPlaceholder + GsiKeyAttribute.DefaultSortKeySuffix;
            foreach (var attribute in Type.GetAttributes())
            {
                if (DeclaredAttributes.Is(attribute, DeclaredAttributes.PartitionKey))
                {
                    AddTemplateKey(KeyRole.TablePartition, attribute, names.PartitionKey ?? PartitionKeyAttribute.DefaultAttributeName, null, 0, "template");
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.SortKey))
                {
                    AddTemplateKey(KeyRole.TableSort, attribute, names.SortKey ?? SortKeyAttribute.DefaultAttributeName, null, 0, "template");
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.GsiKey))
                {
                    var index = Argument(attribute, 0) ?? string.Empty;
                    AddTemplateKey(KeyRole.GsiPartition, attribute, DynamoKeyNamesAttribute.ForIndex(indexPartition, index), index, 1, "partitionKeyTemplate", nameof(GsiKeyAttribute.PartitionKeyAttributeName));
                    if (Argument(attribute, 2) is not null)
                    {
                        AddTemplateKey(KeyRole.GsiSort, attribute, DynamoKeyNamesAttribute.ForIndex(indexSort, index), index, 2, "sortKeyTemplate", nameof(GsiKeyAttribute.SortKeyAttributeName));
                    }
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.LsiKey))
                {
                    var index = Argument(attribute, 0) ?? string.Empty;
                    AddTemplateKey(KeyRole.LsiSort, attribute, DynamoKeyNamesAttribute.ForIndex(indexSort, index), index, 1, "sortKeyTemplate", nameof(LsiKeyAttribute.SortKeyAttributeName));
                }
            }

            foreach (var member in Members)
            {
                if (member.PartitionKey is not null)
                {
                    Keys.Add(new KeyModel(KeyRole.TablePartition, NamedString(member.PartitionKey, nameof(PartitionKeyAttribute.AttributeName)) ?? member.AttributeName, member.PartitionKey, null) { Member = member });
                }

                if (member.SortKey is not null)
                {
                    Keys.Add(new KeyModel(KeyRole.TableSort, NamedString(member.SortKey, nameof(SortKeyAttribute.AttributeName)) ?? member.AttributeName, member.SortKey, null) { Member = member });
                }
            }
        }

        private void AddTemplateKey(KeyRole role, AttributeData attribute, string defaultName, string? index, int position, string parameterName, string attributeNameProperty = nameof(PartitionKeyAttribute.AttributeName))
        {
            var template = Argument(attribute, position);
            var key = new KeyModel(role, NamedString(attribute, attributeNameProperty) ?? defaultName, attribute, index)
            {
                AccessPatternName = index is null ? null : NamedString(attribute, nameof(GsiKeyAttribute.Name)),
            };
            if (template is not null)
            {
                key.Template = KeyTemplate.Parse(template);
                key.TemplateSyntax = SourceLocations.ArgumentExpression(attribute, position, parameterName);
            }

            Keys.Add(key);
        }

        private static string? Argument(AttributeData attribute, int position) => DeclaredAttributes.Argument(attribute, position);

        private static string? NamedString(AttributeData attribute, string name) => DeclaredAttributes.NamedString(attribute, name);
    }
}
