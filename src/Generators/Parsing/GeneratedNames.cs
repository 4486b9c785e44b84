using System.Collections.Generic;
using System.Linq;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Generators.Parsing
{
    /// <summary>The names the generated code gives things: files, mapper methods, index classes, parameters.</summary>
    internal static class GeneratedNames
    {
        /// <summary>Members of <c>Keys</c> that an index class must not be named like.</summary>
        private static readonly string[] KeysMemberNames = { "PartitionKey", "SortKey", "SortKeyPrefix", "PrimaryKey", "IndexName", "Keys" };

        /// <summary><c>Namespace.Outer.Type.DynamoEntity.g.cs</c>.</summary>
        public static string HintName(INamedTypeSymbol type)
        {
            var parts = new List<string>();
            for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
            {
                parts.Insert(0, current.Name);
            }

            if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
            {
                parts.Insert(0, ns.ToDisplayString());
            }

            return string.Join(".", parts) + ".DynamoEntity.g.cs";
        }

        /// <summary>A camelCase parameter name for a member, escaped with @ when it is a keyword.</summary>
        public static string Parameter(string memberName)
        {
            var name = AttributeNaming.ToCamelCase(memberName);
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }

        /// <summary>The nested class in <c>Keys</c> for an index: PascalCase of its name, made distinct.</summary>
        public static string IndexClass(string indexName, HashSet<string> taken)
        {
            if (taken.Count == 0)
            {
                taken.UnionWith(KeysMemberNames);
            }

            var name = AttributeNaming.ToPascalIdentifier(indexName);
            while (!taken.Add(name))
            {
                name += "Index";
            }

            return name;
        }

        /// <summary>
        /// The id of a nested type's mapper methods (<c>Read_Id</c>/<c>Write_Id</c>): its simple name (<c>Read_OrderLine</c>),
        /// made distinct from the ids already taken (two types of one name in different namespaces, generic instances).
        /// </summary>
        public static string NestedMapperId(INamedTypeSymbol type, ICollection<string> taken)
        {
            var id = new string(type.Name.Select(ch => char.IsLetterOrDigit(ch) ? ch : '_').ToArray());
            var unique = id;
            for (var n = 2; unique == "Self" || taken.Contains(unique); n++)
            {
                unique = id + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }
    }
}
