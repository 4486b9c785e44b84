namespace Boto3Assist.Analyzers
{
    /// <summary>Every rule ID in one place, grouped by range: 0xxx model, 1xxx key design, 2xxx table, 3xxx TTL and versioning, 4xxx call sites.</summary>
    public static class DiagnosticIds
    {
        public const string EntityNotPartial = "B3A0001";
        public const string MissingPartitionKey = "B3A0002";
        public const string DuplicateKeyDeclaration = "B3A0003";
        public const string InvalidTableOrIndexName = "B3A0004";
        public const string DuplicateAttributeName = "B3A0005";
        public const string AttributeNameNeedsAlias = "B3A0006";
        public const string UnsupportedMemberType = "B3A0007";
        public const string NestingTooDeep = "B3A0008";
        public const string InvalidKeyTemplate = "B3A0009";
        public const string InvalidConverter = "B3A0010";
        public const string AttributeOnIgnoredMember = "B3A0011";
        public const string InvalidAttributeName = "B3A0012";
        public const string UnstoredMember = "B3A0013";
        public const string EntityNotGenerated = "B3A0014";
        public const string HostLocalTimeStored = "B3A0015";
        public const string BadPolymorphicHierarchy = "B3A0016";

        public const string KeyTypeNotScalar = "B3A1001";
        public const string NullableTableKey = "B3A1002";
        public const string SettableKeyMember = "B3A1003";
        public const string LowCardinalityPartitionKey = "B3A1004";
        public const string DatePartitionKey = "B3A1005";
        public const string UnknownPlaceholder = "B3A1006";
        public const string AdjacentPlaceholders = "B3A1007";
        public const string PlaceholderMayContainDelimiter = "B3A1008";
        public const string UnpaddedIntegerInSortKey = "B3A1009";
        public const string UnsortableDateFormat = "B3A1010";
        public const string KeyTooLong = "B3A1011";
        public const string FloatingPointKey = "B3A1012";
        public const string FormatOnUnformattableMember = "B3A1013";

        public const string KeyCollision = "B3A2001";
        public const string OverlappingKeyPrefix = "B3A2002";
        public const string KeyAttributeTypeConflict = "B3A2003";
        public const string IndexDefinitionConflict = "B3A2004";
        public const string TooManyGlobalIndexes = "B3A2005";
        public const string TooManyLocalIndexes = "B3A2006";
        public const string LocalIndexWithoutSortKey = "B3A2007";
        public const string TtlAttributeConflict = "B3A2008";
        public const string PartitionKeyPrefixOfAnother = "B3A2009";

        public const string TtlMemberType = "B3A3001";
        public const string TtlInMilliseconds = "B3A3002";
        public const string MultipleTtlMembers = "B3A3003";
        public const string VersionMemberType = "B3A3004";
        public const string MultipleVersionMembers = "B3A3005";
        public const string VersionOnKeyMember = "B3A3006";

        public const string ReservedWordInExpression = "B3A4001";
        public const string ScanByPartitionKey = "B3A4002";
        public const string RequestOverLimit = "B3A4003";
        public const string ExpressionOverLimit = "B3A4004";

        public const string TimestampMemberType = "B3A5001";
        public const string MultipleTimestampMembers = "B3A5002";
        public const string ValidationAttributeMismatch = "B3A5003";
        public const string UnhandledStreamEntity = "B3A5004";
        public const string MalformedStreamHandler = "B3A5005";
        public const string InvalidSchemaVersion = Shared.Model.SchemaVersionChecks.InvalidRule;
        public const string MissingSchemaUpgrade = Shared.Model.SchemaVersionChecks.MissingStepRule;
        public const string BreakingSchemaChange = "B3A5008";
        public const string SchemaFileOutOfDate = "B3A5009";
    }
}
