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

        private const string GeneratedCodeAttribute = "GeneratedCodeAttribute";

        /// <summary>Each alias and its target, in the order they are written.</summary>
        private static readonly (string Alias, string Target)[] All =
        {
            (Reader, "global::Boto3Assist.DynamoDb.Mapping.AttributeValueReader"),
            (Writer, "global::Boto3Assist.DynamoDb.Mapping.AttributeValueWriter"),
            (DateTime, "global::Boto3Assist.DynamoDb.Mapping.DynamoDateTime"),
            (KeyText, "global::Boto3Assist.DynamoDb.Mapping.DynamoKeyText"),
            (Errors, "global::Boto3Assist.DynamoDb.Mapping.DynamoMappingErrors"),
            (SortKeyRange, "global::Boto3Assist.DynamoDb.DynamoSortKeyRange"),
            ("DynamoAttributeNames", "global::Boto3Assist.DynamoDb.Mapping.DynamoAttributeNames"),
            ("DynamoElements", "global::Boto3Assist.DynamoDb.Mapping.DynamoElements"),
            ("DynamoMapping", "global::Boto3Assist.DynamoDb.Mapping"),
            ("DynamoItemReader", "global::Boto3Assist.DynamoDb.Mapping.DynamoItemReader"),
            ("DynamoItemWriter", "global::Boto3Assist.DynamoDb.Mapping.DynamoItemWriter"),
            (GeneratedCodeAttribute, "global::System.CodeDom.Compiler.GeneratedCodeAttribute"),
        };

        /// <summary>The alias lines <paramref name="body"/> uses (<c>Alias.Member</c>, <c>[Alias(</c>), each ending in a newline.</summary>
        public static string Used(string body)
        {
            var lines = new System.Text.StringBuilder();
            foreach (var (alias, target) in All)
            {
                if (body.IndexOf(alias + ".", System.StringComparison.Ordinal) >= 0 || body.IndexOf(alias + " ", System.StringComparison.Ordinal) >= 0
                    || body.IndexOf("[" + alias + "(", System.StringComparison.Ordinal) >= 0)
                {
                    lines.Append("using ").Append(alias).Append(" = ").Append(target).Append(";\n");
                }
            }

            return lines.ToString();
        }

        /// <summary>The <c>[GeneratedCode]</c> attribute line, through the alias.</summary>
        public static readonly string GeneratedCode = "[" + GeneratedCodeAttribute + "(\"Boto3Assist.Generators\", \"" + Common.GeneratedCode.Version + "\")]";
    }
}
