namespace Boto3Assist.Analyzers
{
    /// <summary>Keys of <c>Diagnostic.Properties</c> that tell a code fix what the analyzer already worked out.</summary>
    public static class DiagnosticProperties
    {
        /// <summary>The format a fix should write (B3A1009: "D10").</summary>
        public const string Format = "Format";

        /// <summary>"true" when the date placeholder is a DateOnly (B3A1010).</summary>
        public const string DateOnly = "DateOnly";

        /// <summary>The member a fix should change (B3A1012).</summary>
        public const string Member = "Member";

        /// <summary>The entity a fix should list in the stream handler's Ignore (B3A5004).</summary>
        public const string Entity = "Entity";
        /// <summary>The schema version a fix should declare (B3A5008: one above the version in dynamo-schema.json).</summary>
        public const string SchemaVersion = "SchemaVersion";

        /// <summary>"true" when a key changed, so stored items need the reindexer rather than an upgrade step (B3A5008).</summary>
        public const string KeyChange = "KeyChange";
    }
}
