// The one place that knows how Boto3Assist's attributes are spelled in metadata and turns their AttributeData into the
// runtime's own attribute objects (compiled in from src/Runtime), so defaults such as "_type" or "pk" and the values of
// DynamoNamingPolicy and DynamoEnumFormat have a single definition: the runtime's.
using Boto3Assist.Shared.Declarations;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>Metadata names of the declaration attributes and readers that materialise them from symbols.</summary>
    internal static class DeclaredAttributes
    {
        public const string Namespace = "Boto3Assist.DynamoDb";
        public const string DynamoTable = Namespace + "." + nameof(DynamoTableAttribute);
        public const string PartitionKey = Namespace + "." + nameof(PartitionKeyAttribute);
        public const string SortKey = Namespace + "." + nameof(SortKeyAttribute);
        public const string GsiKey = Namespace + "." + nameof(GsiKeyAttribute);
        public const string LsiKey = Namespace + "." + nameof(LsiKeyAttribute);
        public const string DynamoAttribute = Namespace + "." + nameof(DynamoAttributeAttribute);
        public const string KeyNames = Namespace + "." + nameof(DynamoKeyNamesAttribute);
        public const string Conventions = Namespace + "." + nameof(DynamoConventionsAttribute);
        public const string Constant = Namespace + "." + nameof(DynamoConstantAttribute);
        public const string SchemaVersion = Namespace + "." + nameof(SchemaVersionAttribute);
        public const string SchemaUpgrade = Namespace + "." + nameof(SchemaUpgradeAttribute);
        public const string Ttl = Namespace + ".TtlAttribute";
        public const string Version = Namespace + ".DynamoVersionAttribute";
        public const string Ignore = Namespace + ".DynamoIgnoreAttribute";
        public const string Converter = Namespace + ".DynamoConverterAttribute";

        /// <summary>True when <paramref name="attribute"/> is of the type with <paramref name="metadataName"/> (no allocation).</summary>
        public static bool Is(AttributeData attribute, string metadataName) =>
            attribute.AttributeClass is { } type && HasMetadataName(type, metadataName);

        /// <summary>The <c>[DynamoTable]</c> as the runtime would construct it; null when its table name is not a string.</summary>
        public static DynamoTableAttribute Table(AttributeData data)
        {
            var table = new DynamoTableAttribute(Argument(data, 0) ?? string.Empty);
            foreach (var named in data.NamedArguments)
            {
                switch (named.Key)
                {
                    case nameof(DynamoTableAttribute.EntityType):
                        table.EntityType = named.Value.Value as string;
                        break;
                    case nameof(DynamoTableAttribute.DiscriminatorAttribute):
                        // null is kept (and reported): the runtime's property would hold it too.
                        table.DiscriminatorAttribute = (named.Value.Value as string)!;
                        break;
                    case nameof(DynamoTableAttribute.WriteEntityType) when named.Value.Value is bool write:
                        table.WriteEntityType = write;
                        break;
                    case nameof(DynamoTableAttribute.NamingPolicy) when named.Value.Value is int policy:
                        table.NamingPolicy = (DynamoNamingPolicy)policy;
                        break;
                    case nameof(DynamoTableAttribute.SharedKeySpace):
                        table.SharedKeySpace = named.Value.Value as string;
                        break;
                }
            }

            return table;
        }

        /// <summary>The entity's <c>[SchemaVersion]</c> as the runtime constructs it; null when it has none.</summary>
        public static SchemaVersionAttribute? SchemaVersionOf(INamedTypeSymbol type)
        {
            var data = Find(type.GetAttributes(), SchemaVersion);
            if (data is null)
            {
                return null;
            }

            var version = new SchemaVersionAttribute(data.ConstructorArguments.Length > 0 && data.ConstructorArguments[0].Value is int v ? v : 0);
            if (NamedString(data, nameof(SchemaVersionAttribute.AttributeName)) is { } name)
            {
                version.AttributeName = name;
            }

            return version;
        }

        /// <summary>
        /// The <c>[DynamoKeyNames]</c> in force for <paramref name="type"/>: its own, else its assembly's, else none
        /// (every name then takes the key attributes' defaults).
        /// </summary>
        public static DynamoKeyNamesAttribute KeyNamesFor(INamedTypeSymbol type)
        {
            var data = Find(type.GetAttributes(), KeyNames) ?? Find(type.ContainingAssembly.GetAttributes(), KeyNames);
            var names = new DynamoKeyNamesAttribute();
            if (data is null)
            {
                return names;
            }

            names.PartitionKey = NamedString(data, nameof(DynamoKeyNamesAttribute.PartitionKey));
            names.SortKey = NamedString(data, nameof(DynamoKeyNamesAttribute.SortKey));
            names.IndexPartitionKey = NamedString(data, nameof(DynamoKeyNamesAttribute.IndexPartitionKey));
            names.IndexSortKey = NamedString(data, nameof(DynamoKeyNamesAttribute.IndexSortKey));
            return names;
        }

        /// <summary>
        /// The <c>[DynamoConventions]</c> in force for <paramref name="type"/>, as the runtime constructs it: its own, else
        /// its assembly's, else this library's defaults. The preset comes first, properties set beside it override it.
        /// </summary>
        public static DynamoConventionsAttribute ConventionsFor(INamedTypeSymbol type)
        {
            var data = Find(type.GetAttributes(), Conventions) ?? Find(type.ContainingAssembly.GetAttributes(), Conventions);
            if (data is null)
            {
                return new DynamoConventionsAttribute();
            }

            var conventions = data.ConstructorArguments.Length > 0 && data.ConstructorArguments[0].Value is int preset
                ? new DynamoConventionsAttribute((DynamoConventionPreset)preset)
                : new DynamoConventionsAttribute();
            foreach (var named in data.NamedArguments)
            {
                if (named.Key == nameof(DynamoConventionsAttribute.BoxNullableEnums) && named.Value.Value is bool box)
                {
                    conventions.BoxNullableEnums = box;
                }

                if (named.Value.Value is not int value)
                {
                    continue;
                }

                switch (named.Key)
                {
                    case nameof(DynamoConventionsAttribute.DateTimeFormat):
                        conventions.DateTimeFormat = (DynamoDateTimeFormat)value;
                        break;
                    case nameof(DynamoConventionsAttribute.EnumFormat):
                        conventions.EnumFormat = (DynamoEnumFormat)value;
                        break;
                    case nameof(DynamoConventionsAttribute.EnumCasing):
                        conventions.EnumCasing = (DynamoEnumCasing)value;
                        break;
                    case nameof(DynamoConventionsAttribute.BooleanFormat):
                        conventions.BooleanFormat = (DynamoBooleanFormat)value;
                        break;
                    case nameof(DynamoConventionsAttribute.BinaryFormat):
                        conventions.BinaryFormat = (DynamoBinaryFormat)value;
                        break;
                }
            }

            return conventions;
        }

        /// <summary>
        /// The <c>[DynamoConstant]</c>s of <paramref name="type"/> in declaration order, as the runtime constructs them (a
        /// name or value that is not a string constant is read as null, for the blockers to report).
        /// </summary>
        public static System.Collections.Generic.List<DynamoConstantAttribute> ConstantsOf(INamedTypeSymbol type)
        {
            var constants = new System.Collections.Generic.List<DynamoConstantAttribute>();
            foreach (var attribute in type.GetAttributes())
            {
                if (Is(attribute, Constant))
                {
                    constants.Add(new DynamoConstantAttribute(Argument(attribute, 0)!, Argument(attribute, 1)!));
                }
            }

            return constants;
        }

        /// <summary>True when the named argument <paramref name="name"/> is set on <paramref name="attribute"/>.</summary>
        public static bool HasNamed(AttributeData attribute, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first attribute of <paramref name="metadataName"/> in <paramref name="attributes"/>, or null.</summary>
        public static AttributeData? Find(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, string metadataName)
        {
            foreach (var attribute in attributes)
            {
                if (Is(attribute, metadataName))
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>The <c>[DynamoAttribute]</c> of a member as the runtime would construct it.</summary>
        public static DynamoAttributeAttribute Attribute(AttributeData data)
        {
            var name = Argument(data, 0);
            var attribute = name is null ? new DynamoAttributeAttribute() : new DynamoAttributeAttribute(name);
            foreach (var named in data.NamedArguments)
            {
                if (named.Key == nameof(DynamoAttributeAttribute.EnumFormat) && named.Value.Value is int format)
                {
                    attribute.EnumFormat = (DynamoEnumFormat)format;
                }
            }

            return attribute;
        }

        /// <summary>The string constructor argument at <paramref name="position"/>, or null.</summary>
        public static string? Argument(AttributeData attribute, int position) =>
            attribute.ConstructorArguments.Length > position ? attribute.ConstructorArguments[position].Value as string : null;

        /// <summary>The named string argument <paramref name="name"/>, or null when absent.</summary>
        public static string? NamedString(AttributeData attribute, string name)
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

        private static bool HasMetadataName(INamedTypeSymbol type, string metadataName)
        {
            // "Boto3Assist.DynamoDb.X": compare the name, then the namespaces right to left, without building strings.
            var end = metadataName.Length;
            var start = metadataName.LastIndexOf('.', end - 1) + 1;
            if (type.ContainingType is not null || !Matches(type.MetadataName, metadataName, start, end))
            {
                return false;
            }

            for (var ns = type.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                end = start - 1;
                if (end <= 0)
                {
                    return false;
                }

                start = metadataName.LastIndexOf('.', end - 1) + 1;
                if (!Matches(ns.Name, metadataName, start, end))
                {
                    return false;
                }
            }

            return start == 0;
        }

        private static bool Matches(string name, string text, int start, int end) =>
            name.Length == end - start && string.CompareOrdinal(name, 0, text, start, name.Length) == 0;
    }
}
