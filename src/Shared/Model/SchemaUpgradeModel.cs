using System.Collections.Generic;
using Boto3Assist.Shared.Declarations;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>
    /// One <c>[SchemaUpgrade(fromVersion)]</c> method of a type: the step that upgrades a stored item from
    /// <see cref="FromVersion"/> to the next version. The generator calls it from <c>FromItem</c>; the analyzers check it.
    /// </summary>
    internal sealed class SchemaUpgradeModel
    {
        public const string StoredItemType = "System.Collections.Generic.Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>";

        private SchemaUpgradeModel(IMethodSymbol method, AttributeData attribute, int fromVersion)
        {
            Method = method;
            Attribute = attribute;
            FromVersion = fromVersion;
        }

        public IMethodSymbol Method { get; }

        public string MethodName => Method.Name;

        public AttributeData Attribute { get; }

        /// <summary>The version of the items the step reads (0 when the argument is not a constant int).</summary>
        public int FromVersion { get; }

        /// <summary>
        /// The step can be called as the generated code calls it: <c>static void M(Dictionary&lt;string, AttributeValue&gt; item)</c>,
        /// not generic, the item passed by value.
        /// </summary>
        public bool HasValidSignature =>
            Method.IsStatic
            && Method.ReturnsVoid
            && !Method.IsGenericMethod
            && Method.MethodKind == MethodKind.Ordinary
            && Method.Parameters.Length == 1
            && Method.Parameters[0].RefKind == RefKind.None
            && Method.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString() == StoredItemType;

        /// <summary>The <c>[SchemaUpgrade]</c> methods declared by <paramref name="type"/> itself, in declaration order.</summary>
        public static List<SchemaUpgradeModel> Read(INamedTypeSymbol type)
        {
            var steps = new List<SchemaUpgradeModel>();
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && Of(method) is { } step)
                {
                    steps.Add(step);
                }
            }

            return steps;
        }

        /// <summary>The step a method declares, or null when it has no <c>[SchemaUpgrade]</c>.</summary>
        public static SchemaUpgradeModel? Of(IMethodSymbol method)
        {
            var attribute = DeclaredAttributes.Find(method.GetAttributes(), DeclaredAttributes.SchemaUpgrade);
            if (attribute is null)
            {
                return null;
            }

            var from = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is int v ? v : 0;
            return new SchemaUpgradeModel(method, attribute, from);
        }
    }
}
