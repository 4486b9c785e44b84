// The one reading of [DynamoItemCollection] on a parent entity: its name, its children and the partition (table or index)
// that holds them. Problems make the parent ungenerable and are reported as B3A0014 through GenerationBlockers, so a
// collection is never dropped in silence. Children are read from their attributes only (not as entity models), so two
// entities that declare collections of each other do not read each other forever.
using System.Collections.Generic;
using Boto3Assist.Shared.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One child entity of an item collection.</summary>
    internal sealed class ItemCollectionChild
    {
        public ItemCollectionChild(INamedTypeSymbol type, string entityType)
        {
            Type = type;
            EntityType = entityType;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>Its discriminator value.</summary>
        public string EntityType { get; }
    }

    /// <summary>A <c>[DynamoItemCollection]</c> of a parent entity.</summary>
    internal sealed class ItemCollectionModel
    {
        public const string Attribute = DeclaredAttributes.Namespace + ".DynamoItemCollectionAttribute";

        private ItemCollectionModel(string name, string? indexName, AttributeData data)
        {
            Name = name;
            IndexName = indexName;
            Data = data;
        }

        /// <summary>The collection's name (a C# identifier): the result type and <c>Get{Name}Async</c>.</summary>
        public string Name { get; }

        /// <summary>The index holding the collection, or null for the table.</summary>
        public string? IndexName { get; }

        public AttributeData Data { get; }

        public List<ItemCollectionChild> Children { get; } = new List<ItemCollectionChild>();

        /// <summary>Why it cannot be generated; empty when it can.</summary>
        public List<string> Problems { get; } = new List<string>();

        /// <summary>The collections declared on <paramref name="entity"/>, each with its problems.</summary>
        public static List<ItemCollectionModel> Read(EntityModel entity)
        {
            var result = new List<ItemCollectionModel>();
            foreach (var data in entity.Type.GetAttributes())
            {
                if (!DeclaredAttributes.Is(data, Attribute))
                {
                    continue;
                }

                var name = DeclaredAttributes.Argument(data, 0) ?? string.Empty;
                var model = new ItemCollectionModel(name, DeclaredAttributes.NamedString(data, "IndexName"), data);
                result.Add(model);
                model.Check(entity, result);
            }

            return result;
        }

        private void Check(EntityModel parent, List<ItemCollectionModel> collections)
        {
            if (!SyntaxFacts.IsValidIdentifier(Name) || SyntaxFacts.GetKeywordKind(Name) != SyntaxKind.None)
            {
                Problems.Add("the [DynamoItemCollection] name '" + Name + "' is not a C# identifier");
            }

            if (collections.Exists(c => c != this && c.Name == Name))
            {
                Problems.Add("two [DynamoItemCollection]s are named '" + Name + "'");
            }

            if (parent.DiscriminatorAttribute is null)
            {
                Problems.Add("its [DynamoItemCollection] '" + Name + "' needs the entity to write its discriminator (WriteEntityType = false)");
            }

            var parentTemplate = PartitionTemplate(parent.Type, IndexName);
            if (parentTemplate is null)
            {
                Problems.Add("its [DynamoItemCollection] '" + Name + "' reads " + Where() + ", where it has no type-level partition key template");
                return;
            }

            var children = Data.ConstructorArguments.Length > 1 ? Data.ConstructorArguments[1] : default;
            if (children.Kind != TypedConstantKind.Array || children.Values.IsDefaultOrEmpty)
            {
                Problems.Add("its [DynamoItemCollection] '" + Name + "' names no child entity");
                return;
            }

            var seen = new HashSet<string>(System.StringComparer.Ordinal) { parent.EntityType };
            foreach (var value in children.Values)
            {
                if (value.Value is not INamedTypeSymbol child)
                {
                    Problems.Add("its [DynamoItemCollection] '" + Name + "' names a child that is not a type");
                    continue;
                }

                var table = MappedMemberSelector.FindAttribute(child, DeclaredAttributes.DynamoTable);
                if (table is null)
                {
                    Problems.Add("the child '" + child.Name + "' of its [DynamoItemCollection] '" + Name + "' is not a [DynamoTable] entity");
                    continue;
                }

                var declared = DeclaredAttributes.Table(table);
                var entityType = declared.EntityType ?? child.Name;
                if (!string.Equals(DeclaredAttributes.Argument(table, 0), parent.TableName, System.StringComparison.Ordinal))
                {
                    Problems.Add("the child '" + child.Name + "' of its [DynamoItemCollection] '" + Name + "' is stored in another table");
                }
                else if (!declared.WriteEntityType || !string.Equals(declared.DiscriminatorAttribute, parent.DiscriminatorAttribute, System.StringComparison.Ordinal))
                {
                    Problems.Add("the child '" + child.Name + "' of its [DynamoItemCollection] '" + Name + "' does not write the discriminator '" + parent.DiscriminatorAttribute + "'");
                }
                else if (!seen.Add(entityType))
                {
                    Problems.Add("the child '" + child.Name + "' of its [DynamoItemCollection] '" + Name + "' stores the discriminator value '" + entityType + "' of another of its types");
                }
                else if (PartitionTemplate(child, IndexName) is not { } childTemplate || !SameShape(parentTemplate, childTemplate))
                {
                    Problems.Add("the child '" + child.Name + "' of its [DynamoItemCollection] '" + Name + "' has no partition key template of the shape \"" + parentTemplate.Source + "\" on " + Where() + ", so its items are not in the parent's partition");
                }
                else
                {
                    Children.Add(new ItemCollectionChild(child, entityType));
                }
            }
        }

        private string Where() => IndexName is null ? "the table" : "the index '" + IndexName + "'";

        /// <summary>The type-level partition key template of <paramref name="type"/> on the table or the index (an LSI shares the table's).</summary>
        private static KeyTemplate? PartitionTemplate(INamedTypeSymbol type, string? indexName)
        {
            string? table = null, global = null;
            var isLocal = false;
            foreach (var attribute in type.GetAttributes())
            {
                if (DeclaredAttributes.Is(attribute, DeclaredAttributes.PartitionKey))
                {
                    table ??= DeclaredAttributes.Argument(attribute, 0);
                }
                else if (indexName is not null && DeclaredAttributes.Is(attribute, DeclaredAttributes.GsiKey) && DeclaredAttributes.Argument(attribute, 0) == indexName)
                {
                    global ??= DeclaredAttributes.Argument(attribute, 1);
                }
                else if (indexName is not null && DeclaredAttributes.Is(attribute, DeclaredAttributes.LsiKey) && DeclaredAttributes.Argument(attribute, 0) == indexName)
                {
                    isLocal = true;
                }
            }

            var text = indexName is null || isLocal ? table : global;
            return text is null ? null : KeyTemplate.Parse(text) is { IsValid: true } parsed ? parsed : null;
        }

        /// <summary>The same literals around the same number of placeholders (member names may differ: <c>{Username}</c>, <c>{CustomerName}</c>).</summary>
        private static bool SameShape(KeyTemplate a, KeyTemplate b)
        {
            if (a.Segments.Count != b.Segments.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Segments.Count; i++)
            {
                if (a.Segments[i].IsPlaceholder != b.Segments[i].IsPlaceholder || (!a.Segments[i].IsPlaceholder && a.Segments[i].Text != b.Segments[i].Text))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
