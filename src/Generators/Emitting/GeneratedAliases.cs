namespace Boto3Assist.Generators.Emitting
{
    /// <summary>
    /// The using aliases at the top of each generated entity file. They name the runtime's helpers by their own type names,
    /// so a line reads <c>AttributeValueWriter.String(firstName)</c> instead of repeating the namespace. The targets are
    /// <c>global::</c>-qualified; an alias is only shadowed by a type of the same name in the entity's own namespaces or a
    /// member of the entity itself, and these names are the runtime's, which user code does not declare. Types of the
    /// user, the SDK (<c>AttributeValue</c>) and the BCL stay <c>global::</c>-qualified where they are written.
    /// </summary>
    internal static class GeneratedAliases
    {
        public const string Reader = "AttributeValueReader";
        public const string Writer = "AttributeValueWriter";
        public const string Errors = "DynamoMappingErrors";
        public const string KeyText = "DynamoKeyText";
        public const string DateTime = "DynamoDateTime";
        public const string SortKeyRange = "DynamoSortKeyRange";

        /// <summary>The alias lines, in the order they are written.</summary>
        public static readonly string[] Lines =
        {
            "using " + Reader + " = global::Boto3Assist.DynamoDb.Mapping.AttributeValueReader;",
            "using " + Writer + " = global::Boto3Assist.DynamoDb.Mapping.AttributeValueWriter;",
            "using " + DateTime + " = global::Boto3Assist.DynamoDb.Mapping.DynamoDateTime;",
            "using " + KeyText + " = global::Boto3Assist.DynamoDb.Mapping.DynamoKeyText;",
            "using " + Errors + " = global::Boto3Assist.DynamoDb.Mapping.DynamoMappingErrors;",
            "using " + SortKeyRange + " = global::Boto3Assist.DynamoDb.DynamoSortKeyRange;",
            "using GeneratedCodeAttribute = global::System.CodeDom.Compiler.GeneratedCodeAttribute;",
        };

        /// <summary>The <c>[GeneratedCode]</c> attribute line, through the alias.</summary>
        public static readonly string GeneratedCode = "[GeneratedCodeAttribute(\"Boto3Assist.Generators\", \"" + Common.GeneratedCode.Version + "\")]";
    }
}
