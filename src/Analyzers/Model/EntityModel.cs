using System.Collections.Generic;
using System.Threading;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Analyzers.Model
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
            membersByName = new Dictionary<string, MemberModel>(System.StringComparer.Ordinal);
        }

        public INamedTypeSymbol Type { get; }

        public string Name => Type.Name;

        public AttributeData TableAttribute { get; }

        public string? TableName { get; private set; }

        public string? DiscriminatorAttribute { get; private set; }

        public int NamingPolicy { get; private set; }

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

        public static EntityModel? TryRead(INamedTypeSymbol type, KnownSymbols known, CancellationToken cancellationToken)
        {
            AttributeData? table = null;
            foreach (var attribute in type.GetAttributes())
            {
                if (KnownSymbols.Is(attribute, known.DynamoTable))
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
            model.ReadTable();
            model.ReadMembers(known, cancellationToken);
            model.ReadTypeKeys(known);
            return model;
        }

        private void ReadTable()
        {
            TableName = TableAttribute.ConstructorArguments.Length > 0 ? TableAttribute.ConstructorArguments[0].Value as string : null;
            DiscriminatorAttribute = "_type";
            foreach (var named in TableAttribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "DiscriminatorAttribute":
                        DiscriminatorAttribute = named.Value.Value as string;
                        break;
                    case "WriteEntityType" when named.Value.Value is false:
                        DiscriminatorAttribute = null;
                        break;
                    case "NamingPolicy" when named.Value.Value is int policy:
                        NamingPolicy = policy;
                        break;
                }
            }
        }

        private void ReadMembers(KnownSymbols known, CancellationToken cancellationToken)
        {
            // The shared selector decides what is readable (placeholders) and what is mapped, exactly as the generator does.
            var mapped = new HashSet<string>(System.StringComparer.Ordinal);
            var constructorParameters = new Dictionary<string, IParameterSymbol>(System.StringComparer.Ordinal);
            foreach (var member in MappedMemberSelector.Select(Type))
            {
                mapped.Add(member.Name);
                if (member.ConstructorParameter is not null)
                {
                    constructorParameters[member.Name] = member.ConstructorParameter;
                }
            }

            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var symbol in MappedMemberSelector.ReadableMembers(Type))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(symbol.Name))
                {
                    continue;
                }

                var memberType = symbol is IPropertySymbol p ? p.Type : ((IFieldSymbol)symbol).Type;
                constructorParameters.TryGetValue(symbol.Name, out var parameter);
                AddMember(symbol, memberType, parameter, mapped.Contains(symbol.Name), known);
            }
        }

        private void AddMember(ISymbol symbol, ITypeSymbol memberType, IParameterSymbol? parameter, bool isMapped, KnownSymbols known)
        {
            AttributeData? dynamoAttribute = null, partition = null, sort = null, ttl = null, version = null, converter = null;
            var ignored = false;
            var attributes = parameter is null ? symbol.GetAttributes() : symbol.GetAttributes().AddRange(parameter.GetAttributes());
            foreach (var attribute in attributes)
            {
                if (KnownSymbols.Is(attribute, known.Ignore))
                {
                    ignored = true;
                }
                else if (KnownSymbols.Is(attribute, known.DynamoAttribute))
                {
                    dynamoAttribute = attribute;
                }
                else if (KnownSymbols.Is(attribute, known.PartitionKey))
                {
                    partition = attribute;
                }
                else if (KnownSymbols.Is(attribute, known.SortKey))
                {
                    sort = attribute;
                }
                else if (KnownSymbols.Is(attribute, known.Ttl))
                {
                    ttl = attribute;
                }
                else if (KnownSymbols.Is(attribute, known.Version))
                {
                    version = attribute;
                }
                else if (KnownSymbols.Is(attribute, known.Converter))
                {
                    converter = attribute;
                }
            }

            string? explicitName = null;
            var enumAsNumber = false;
            if (dynamoAttribute is not null)
            {
                if (dynamoAttribute.ConstructorArguments.Length > 0)
                {
                    explicitName = dynamoAttribute.ConstructorArguments[0].Value as string;
                }

                foreach (var named in dynamoAttribute.NamedArguments)
                {
                    if (named.Key == "EnumFormat" && named.Value.Value is int format)
                    {
                        enumAsNumber = format == 1;
                    }
                }
            }

            var member = new MemberModel(symbol, memberType, explicitName ?? AttributeNaming.Apply(NamingPolicy, symbol.Name), ignored)
            {
                IsMapped = isMapped,
                EnumAsNumber = enumAsNumber,
                DynamoAttribute = dynamoAttribute,
                PartitionKey = partition,
                SortKey = sort,
                Ttl = ttl,
                Version = version,
                Converter = converter,
            };
            Members.Add(member);
            membersByName[symbol.Name] = member;
        }

        private void ReadTypeKeys(KnownSymbols known)
        {
            // Type-level templates first, then member-level keys: the first declaration wins, later ones are duplicates.
            foreach (var attribute in Type.GetAttributes())
            {
                if (KnownSymbols.Is(attribute, known.PartitionKey))
                {
                    AddTemplateKey(KeyRole.TablePartition, attribute, "pk", null, 0, "template");
                }
                else if (KnownSymbols.Is(attribute, known.SortKey))
                {
                    AddTemplateKey(KeyRole.TableSort, attribute, "sk", null, 0, "template");
                }
                else if (KnownSymbols.Is(attribute, known.GsiKey))
                {
                    var index = Argument(attribute, 0) ?? string.Empty;
                    AddTemplateKey(KeyRole.GsiPartition, attribute, index + "_pk", index, 1, "partitionKeyTemplate", "PartitionKeyAttributeName");
                    if (Argument(attribute, 2) is not null)
                    {
                        AddTemplateKey(KeyRole.GsiSort, attribute, index + "_sk", index, 2, "sortKeyTemplate", "SortKeyAttributeName");
                    }
                }
                else if (KnownSymbols.Is(attribute, known.LsiKey))
                {
                    var index = Argument(attribute, 0) ?? string.Empty;
                    AddTemplateKey(KeyRole.LsiSort, attribute, index + "_sk", index, 1, "sortKeyTemplate", "SortKeyAttributeName");
                }
            }

            foreach (var member in Members)
            {
                if (member.PartitionKey is not null)
                {
                    Keys.Add(new KeyModel(KeyRole.TablePartition, NamedString(member.PartitionKey, "AttributeName") ?? member.AttributeName, member.PartitionKey, null) { Member = member });
                }

                if (member.SortKey is not null)
                {
                    Keys.Add(new KeyModel(KeyRole.TableSort, NamedString(member.SortKey, "AttributeName") ?? member.AttributeName, member.SortKey, null) { Member = member });
                }
            }
        }

        private void AddTemplateKey(KeyRole role, AttributeData attribute, string defaultName, string? index, int position, string parameterName, string attributeNameProperty = "AttributeName")
        {
            var template = Argument(attribute, position);
            var key = new KeyModel(role, NamedString(attribute, attributeNameProperty) ?? defaultName, attribute, index);
            if (template is not null)
            {
                key.Template = KeyTemplate.Parse(template);
                key.TemplateSyntax = SourceLocations.ArgumentExpression(attribute, position, parameterName);
            }

            Keys.Add(key);
        }

        private static string? Argument(AttributeData attribute, int position) =>
            attribute.ConstructorArguments.Length > position ? attribute.ConstructorArguments[position].Value as string : null;

        private static string? NamedString(AttributeData attribute, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name)
                {
                    return named.Value.Value as string;
                }
            }

            return null;
        }
    }
}
