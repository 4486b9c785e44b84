// Shared by the generator and the analyzers: whether code can be generated for a [DynamoTable] type at all, and if not,
// why. The generator skips exactly the types this rejects; the analyzers report exactly the same reasons.
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Shared
{
    /// <summary>Why no code is generated for an entity type.</summary>
    internal sealed class IneligibleEntity
    {
        internal IneligibleEntity(string reason, bool isMissingPartial)
        {
            Reason = reason;
            IsMissingPartial = isMissingPartial;
        }

        /// <summary>Completes "no code is generated for 'T' because ...".</summary>
        public string Reason { get; }

        /// <summary>The type or a containing type is not partial (B3A0001 reports that one, with its code fix).</summary>
        public bool IsMissingPartial { get; }
    }

    /// <summary>Decides whether the entity generator can emit code for a <c>[DynamoTable]</c> type.</summary>
    internal static class EntityEligibility
    {
        // Names the generated code declares on the entity. Keys, Fields and Metadata give way to a user member of that
        // name (an existing table's attribute may be called Metadata): they become DynamoKeys, DynamoFields and
        // DynamoMetadata (GeneratedMemberNames). The others cannot: a user member with one of them blocks generation.
        private static readonly HashSet<string> GeneratedMemberNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Keys", "Fields", "Metadata", "ToItem", "FromItem", "ToKey", "DynamoMappers", "FromItemJson", "WriteItemJson",
        };

        private static readonly HashSet<string> ReservedMemberNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "ToItem", "FromItem", "ToKey", "DynamoMappers", "DynamoKeys", "DynamoFields", "DynamoMetadata", "FromItemJson", "WriteItemJson",
            "DynamoSchemaVersion",
        };

        /// <summary>The names that give way: a user member so named moves the generated one to <c>Dynamo</c> + name.</summary>
        public static readonly string[] YieldingMemberNames = { "Keys", "Fields", "Metadata" };

        /// <summary>The name the generated <paramref name="name"/> (Keys, Fields or Metadata) takes on <paramref name="type"/>.</summary>
        public static string GeneratedName(INamedTypeSymbol type, string name)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (!member.IsImplicitlyDeclared && !IsGeneratedByUs(member))
                {
                    return "Dynamo" + name;
                }
            }

            return name;
        }

        private const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";
        private const string GeneratorTool = "Boto3Assist.Generators";

        /// <summary>True for a name the generated code declares on the entity (Keys, Fields, Metadata, ToItem, ...).</summary>
        public static bool IsGeneratedMemberName(string name) => GeneratedMemberNames.Contains(name);

        /// <summary>Null when code can be generated for <paramref name="type"/>; otherwise the first reason it cannot.</summary>
        public static IneligibleEntity? Check(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct)
            {
                return Blocked("it is not a class, struct or record");
            }

            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (outer.TypeParameters.Length > 0)
                {
                    return Blocked("it is nested inside the generic type '" + outer.Name + "' (generated code needs one closed type); move it out");
                }

                if (outer.IsFileLocal)
                {
                    return Blocked("it is nested inside the file-local type '" + outer.Name + "', which generated code in another file cannot see; remove 'file'");
                }
            }

            if (type.TypeParameters.Length > 0)
            {
                return Blocked("it is generic (generated code needs one closed type); declare a non-generic entity");
            }

            if (type.IsFileLocal)
            {
                return Blocked("it is file-local, so generated code in another file cannot see it; remove 'file'");
            }

            if (type.IsStatic)
            {
                return Blocked("it is static; an entity is an instance that ToItem reads and FromItem creates");
            }

            if (type.IsAbstract)
            {
                return Blocked("it is abstract, so FromItem cannot create it; put [DynamoTable] on the concrete types");
            }

            if (type.IsRefLikeType)
            {
                return Blocked("it is a ref struct, which generic runtime code cannot hold");
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (!IsPartial(current))
                {
                    return new IneligibleEntity("'" + current.Name + "' is not partial", isMissingPartial: true);
                }
            }

            foreach (var member in type.GetMembers())
            {
                if (ReservedMemberNames.Contains(member.Name) && !member.IsImplicitlyDeclared && !IsGeneratedByUs(member))
                {
                    return Blocked("it declares a member named '" + member.Name + "', a name the generated code needs (ToItem, FromItem, ToKey, DynamoMappers, DynamoKeys, DynamoFields, DynamoMetadata, FromItemJson, WriteItemJson, DynamoSchemaVersion); rename it");
                }
            }

            if (MappedMemberSelector.FindConstructor(type) is null)
            {
                return Blocked("it has no constructor FromItem can call: add a public parameterless constructor, or one whose parameters all match members by name and type");
            }

            return null;
        }

        /// <summary>True when every declaration of the type has the <c>partial</c> modifier (CS0260 requires it of all).</summary>
        public static bool IsPartial(INamedTypeSymbol type)
        {
            if (type.DeclaringSyntaxReferences.Length == 0)
            {
                return false;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return true;
        }

        // The analyzers see the generator's output in the compilation; its members are not the user's.
        internal static bool IsGeneratedByUs(ISymbol member)
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass is { } cls && MemberTypeClassifier.FullName(cls) == GeneratedCodeAttribute
                    && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value as string == GeneratorTool)
                {
                    return true;
                }
            }

            return false;
        }

        private static IneligibleEntity Blocked(string reason) => new IneligibleEntity(reason, isMissingPartial: false);
    }
}
