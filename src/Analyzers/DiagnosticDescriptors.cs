using Microsoft.CodeAnalysis;

namespace Boto3Assist.Analyzers
{
    /// <summary>Every rule's descriptor. Messages name the model, the attribute and what is expected.</summary>
    internal static class DiagnosticDescriptors
    {
        public const string ModelCategory = "Boto3Assist.Model";
        public const string KeyDesignCategory = "Boto3Assist.KeyDesign";
        public const string TableCategory = "Boto3Assist.Table";
        public const string TtlVersionCategory = "Boto3Assist.TtlVersion";
        public const string UsageCategory = "Boto3Assist.Usage";
        public const string LifecycleCategory = "Boto3Assist.Lifecycle";

        private const string HelpBase = "https://github.com/boto3assist/boto3assist-generators/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor EntityNotPartial = Create(
            DiagnosticIds.EntityNotPartial, ModelCategory, DiagnosticSeverity.Error,
            "DynamoDB entity must be partial",
            "'{0}' has [DynamoTable] but is not partial, so no mapping code can be generated for it; declare it partial (and every type containing it)");

        public static readonly DiagnosticDescriptor MissingPartitionKey = Create(
            DiagnosticIds.MissingPartitionKey, ModelCategory, DiagnosticSeverity.Error,
            "DynamoDB entity has no partition key",
            "'{0}' has [DynamoTable] but no [PartitionKey] on the type or on a member; every DynamoDB table needs a partition key");

        public static readonly DiagnosticDescriptor DuplicateKeyDeclaration = Create(
            DiagnosticIds.DuplicateKeyDeclaration, ModelCategory, DiagnosticSeverity.Error,
            "More than one partition key or sort key",
            "'{0}' declares more than one {1}; a table has exactly one, remove this declaration");

        public static readonly DiagnosticDescriptor InvalidTableOrIndexName = Create(
            DiagnosticIds.InvalidTableOrIndexName, ModelCategory, DiagnosticSeverity.Error,
            "Invalid table or index name",
            "The {0} name '{1}' is invalid: DynamoDB names are 3 to 255 characters of A-Z, a-z, 0-9, '_', '-' and '.'");

        public static readonly DiagnosticDescriptor DuplicateAttributeName = Create(
            DiagnosticIds.DuplicateAttributeName, ModelCategory, DiagnosticSeverity.Error,
            "Two values map to one attribute name",
            "'{0}' maps {1} to the attribute '{2}', which is already used by {3}; one item cannot hold both");

        public static readonly DiagnosticDescriptor AttributeNameNeedsAlias = Create(
            DiagnosticIds.AttributeNameNeedsAlias, ModelCategory, DiagnosticSeverity.Info,
            "Attribute name needs an alias in expressions",
            "The attribute name '{0}' of '{1}' {2}, so every expression must refer to it through a #alias (generated code does this for you)");

        public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
            DiagnosticIds.UnsupportedMemberType, ModelCategory, DiagnosticSeverity.Error,
            "Member type cannot be mapped",
            "The member '{0}' of '{1}' cannot be mapped: {2}; add [DynamoIgnore], a [DynamoConverter] or change the type");

        public static readonly DiagnosticDescriptor NestingTooDeep = Create(
            DiagnosticIds.NestingTooDeep, ModelCategory, DiagnosticSeverity.Warning,
            "Nested type is recursive or nests deeper than 32 levels",
            "The member '{0}' of '{1}' {2}; DynamoDB refuses items nested deeper than 32 levels");

        public static readonly DiagnosticDescriptor InvalidKeyTemplate = Create(
            DiagnosticIds.InvalidKeyTemplate, ModelCategory, DiagnosticSeverity.Error,
            "Invalid key template",
            "The key template \"{0}\" is invalid: {1}");

        public static readonly DiagnosticDescriptor InvalidConverter = Create(
            DiagnosticIds.InvalidConverter, ModelCategory, DiagnosticSeverity.Error,
            "Invalid DynamoConverter type",
            "[DynamoConverter] on '{0}' cannot be used: {1}");

        public static readonly DiagnosticDescriptor AttributeOnIgnoredMember = Create(
            DiagnosticIds.AttributeOnIgnoredMember, ModelCategory, DiagnosticSeverity.Error,
            "Mapping attribute on an ignored member",
            "The member '{0}' has [DynamoIgnore] and [{1}]; an ignored member is never stored, so [{1}] has no effect");

        public static readonly DiagnosticDescriptor InvalidAttributeName = Create(
            DiagnosticIds.InvalidAttributeName, ModelCategory, DiagnosticSeverity.Error,
            "Invalid attribute name",
            "The attribute name '{0}' is invalid: {1}");

        public static readonly DiagnosticDescriptor UnstoredMember = Create(
            DiagnosticIds.UnstoredMember, ModelCategory, DiagnosticSeverity.Warning,
            "Member will not be stored",
            "The member '{0}' of '{1}' will not be stored: generated code cannot set it ({2}); make it init or settable, a constructor parameter, or mark it [DynamoIgnore]");

        public static readonly DiagnosticDescriptor HostLocalTimeStored = Create(
            DiagnosticIds.HostLocalTimeStored, ModelCategory, DiagnosticSeverity.Warning,
            "Host-local time stored in a DateTime member",
            "'{0}' of '{1}' is set from DateTime.{2}, the host's local time: the instant stored (converted to UTC with this host's time zone) and any date in its keys depend on where the code runs; use DateTime.UtcNow or a DateTimeOffset");

        public static readonly DiagnosticDescriptor BadPolymorphicHierarchy = Create(
            DiagnosticIds.BadPolymorphicHierarchy, ModelCategory, DiagnosticSeverity.Error,
            "Entity types cannot be read through this base",
            "No code is generated for the polymorphic base '{0}' because {1}");

        public static readonly DiagnosticDescriptor EntityNotGenerated = Create(
            DiagnosticIds.EntityNotGenerated, ModelCategory, DiagnosticSeverity.Error,
            "No code is generated for the entity",
            "No code is generated for '{0}' because {1}");

        public static readonly DiagnosticDescriptor KeyTypeNotScalar = Create(
            DiagnosticIds.KeyTypeNotScalar, KeyDesignCategory, DiagnosticSeverity.Error,
            "Key built from a type DynamoDB keys cannot hold",
            "The {0} of '{1}' is built from '{2}' of type '{3}'; key attributes hold only a string, a number or binary");

        public static readonly DiagnosticDescriptor NullableTableKey = Create(
            DiagnosticIds.NullableTableKey, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Table key built from a nullable member",
            "The table key of '{0}' is built from the nullable member '{1}'; a null value makes every write fail, make it non-nullable");

        public static readonly DiagnosticDescriptor SettableKeyMember = Create(
            DiagnosticIds.SettableKeyMember, KeyDesignCategory, DiagnosticSeverity.Info,
            "Key member has a setter",
            "The member '{0}' feeds the table key of '{1}' and has a 'set' accessor; changing it after a write creates a second item instead of updating the first, use 'init'");

        public static readonly DiagnosticDescriptor LowCardinalityPartitionKey = Create(
            DiagnosticIds.LowCardinalityPartitionKey, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Partition key with few distinct values",
            "The {0} of '{1}' {2}, so few partitions take all the traffic (hot partition); add a high-cardinality member to it");

        public static readonly DiagnosticDescriptor DatePartitionKey = Create(
            DiagnosticIds.DatePartitionKey, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Partition key built from a date or timestamp",
            "The {0} of '{1}' is built from the date '{2}', so all current writes go to one partition; put the date in the sort key or add a high-cardinality member");

        public static readonly DiagnosticDescriptor UnknownPlaceholder = Create(
            DiagnosticIds.UnknownPlaceholder, KeyDesignCategory, DiagnosticSeverity.Error,
            "Key placeholder names no member",
            "The placeholder '{{{0}}}' in the {1} of '{2}' names no readable member of '{2}'");

        public static readonly DiagnosticDescriptor AdjacentPlaceholders = Create(
            DiagnosticIds.AdjacentPlaceholders, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Key placeholders without a delimiter between them",
            "The placeholders '{{{0}}}' and '{{{1}}}' in the {2} of '{3}' have no delimiter between them, so different values can build the same key; insert '#'");

        public static readonly DiagnosticDescriptor PlaceholderMayContainDelimiter = Create(
            DiagnosticIds.PlaceholderMayContainDelimiter, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Raw placeholder before a delimiter",
            "The raw placeholder '{{{0}}}' in the {1} of '{2}' is followed by the delimiter '{3}' and may contain it, so two different values can build one key; put it last or drop ':raw' so values holding '{3}' are refused");

        public static readonly DiagnosticDescriptor UnpaddedIntegerInSortKey = Create(
            DiagnosticIds.UnpaddedIntegerInSortKey, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Number in a string sort key without fixed width",
            "The number placeholder '{{{0}}}' in the {1} of '{2}' has no fixed width, and strings sort \"1000\" before \"150\"; use a format such as '{{{0}:{3}}}'");

        public static readonly DiagnosticDescriptor UnsortableDateFormat = Create(
            DiagnosticIds.UnsortableDateFormat, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Date in a key without a sortable format",
            "The date placeholder '{{{0}}}' in the {1} of '{2}' uses the format '{3}', which does not sort chronologically as text; use 'O', 's', 'u' or a pattern starting with 'yyyy'");

        public static readonly DiagnosticDescriptor KeyTooLong = Create(
            DiagnosticIds.KeyTooLong, KeyDesignCategory, DiagnosticSeverity.Error,
            "Key longer than DynamoDB allows",
            "The {0} of '{1}' is at least {2} bytes long, over the DynamoDB limit of {3} bytes");

        public static readonly DiagnosticDescriptor FloatingPointKey = Create(
            DiagnosticIds.FloatingPointKey, KeyDesignCategory, DiagnosticSeverity.Warning,
            "Key built from float or double",
            "The {0} of '{1}' is built from '{2}' of type '{3}', whose rounding makes equal-looking keys differ; use decimal, an integer or a string");

        public static readonly DiagnosticDescriptor FormatOnUnformattableMember = Create(
            DiagnosticIds.FormatOnUnformattableMember, KeyDesignCategory, DiagnosticSeverity.Error,
            "Format on a placeholder whose type takes no format",
            "The placeholder '{{{0}:{1}}}' in the {2} of '{3}' has a format, but '{4}' cannot be formatted; remove ':{1}'");

        public static readonly DiagnosticDescriptor KeyCollision = Create(
            DiagnosticIds.KeyCollision, TableCategory, DiagnosticSeverity.Warning,
            "Two entities can build the same key",
            "'{0}' and '{1}' share the table '{2}' and their keys have the same shape ({3}), so one can overwrite the other; give each a distinct literal prefix",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor PartitionKeyPrefixOfAnother = Create(
            DiagnosticIds.PartitionKeyPrefixOfAnother, TableCategory, DiagnosticSeverity.Warning,
            "Partition key template is a prefix of another entity's",
            "The partition key {0} of '{1}' ends in a placeholder and starts the partition key {2} of '{3}' in the table '{4}': a value of '{1}' holding the rest builds a partition of '{3}'; give one of them a distinct literal prefix",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor OverlappingKeyPrefix = Create(
            DiagnosticIds.OverlappingKeyPrefix, TableCategory, DiagnosticSeverity.Warning,
            "Sort key prefix is a prefix of another entity's",
            "The sort key prefix \"{0}\" of '{1}' is a prefix of \"{2}\" of '{3}' in the table '{4}', so begins_with queries for '{1}' also return '{3}' items; make the prefixes disjoint (neither starting the other)",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor KeyAttributeTypeConflict = Create(
            DiagnosticIds.KeyAttributeTypeConflict, TableCategory, DiagnosticSeverity.Error,
            "Key attribute with different types in one table",
            "The key attribute '{0}' of the table '{1}' is {2} in '{3}' but {4} in '{5}'; an attribute definition has one type",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor IndexDefinitionConflict = Create(
            DiagnosticIds.IndexDefinitionConflict, TableCategory, DiagnosticSeverity.Error,
            "One index name with different keys",
            "The index '{0}' of the table '{1}' has the keys {2} in '{3}' but {4} in '{5}'; an index has one key schema",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor TooManyGlobalIndexes = Create(
            DiagnosticIds.TooManyGlobalIndexes, TableCategory, DiagnosticSeverity.Warning,
            "More global secondary indexes than the quota",
            "The table '{0}' has {1} global secondary indexes, over the quota of {2} (set boto3assist.max_gsi_count after raising it)",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor TooManyLocalIndexes = Create(
            DiagnosticIds.TooManyLocalIndexes, TableCategory, DiagnosticSeverity.Error,
            "More than 5 local secondary indexes",
            "The table '{0}' has {1} local secondary indexes; DynamoDB allows at most 5",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor LocalIndexWithoutSortKey = Create(
            DiagnosticIds.LocalIndexWithoutSortKey, TableCategory, DiagnosticSeverity.Error,
            "Local secondary index on a table without a sort key",
            "'{0}' declares the local secondary index '{1}' but has no table sort key; DynamoDB creates LSIs only on tables with a composite primary key");

        public static readonly DiagnosticDescriptor TtlAttributeConflict = Create(
            DiagnosticIds.TtlAttributeConflict, TableCategory, DiagnosticSeverity.Error,
            "Different TTL attributes in one table",
            "The table '{0}' expires items on '{1}' (from '{2}') and on '{3}' (from '{4}'); a table has one TTL attribute",
            compilationEnd: true);

        public static readonly DiagnosticDescriptor TtlMemberType = Create(
            DiagnosticIds.TtlMemberType, TtlVersionCategory, DiagnosticSeverity.Error,
            "TTL member of a type that is not a date or an integer",
            "The TTL member '{0}' has the type '{1}'; TTL needs DateTimeOffset, DateTime or an integer of Unix epoch seconds");

        public static readonly DiagnosticDescriptor TtlInMilliseconds = Create(
            DiagnosticIds.TtlInMilliseconds, TtlVersionCategory, DiagnosticSeverity.Warning,
            "TTL fed from milliseconds",
            "The TTL member '{0}' {1}; DynamoDB reads TTL as epoch seconds, so a millisecond value lies thousands of years ahead and never expires");

        public static readonly DiagnosticDescriptor MultipleTtlMembers = Create(
            DiagnosticIds.MultipleTtlMembers, TtlVersionCategory, DiagnosticSeverity.Error,
            "More than one TTL member",
            "'{0}' marks '{1}' with [Ttl] but '{2}' already is the TTL member; a table has one TTL attribute");

        public static readonly DiagnosticDescriptor VersionMemberType = Create(
            DiagnosticIds.VersionMemberType, TtlVersionCategory, DiagnosticSeverity.Error,
            "Version member that is not an integer",
            "The version member '{0}' has the type '{1}'; optimistic locking increments it, so it must be int or long");

        public static readonly DiagnosticDescriptor MultipleVersionMembers = Create(
            DiagnosticIds.MultipleVersionMembers, TtlVersionCategory, DiagnosticSeverity.Error,
            "More than one version member",
            "'{0}' marks '{1}' with [DynamoVersion] but '{2}' already is the version member; one item has one version");

        public static readonly DiagnosticDescriptor VersionOnKeyMember = Create(
            DiagnosticIds.VersionOnKeyMember, TtlVersionCategory, DiagnosticSeverity.Error,
            "Version member feeds a key",
            "The version member '{0}' feeds the {1} of '{2}'; incrementing it on every write would move the item to a new key");

        public static readonly DiagnosticDescriptor ReservedWordInExpression = Create(
            DiagnosticIds.ReservedWordInExpression, UsageCategory, DiagnosticSeverity.Warning,
            "Reserved word in an expression without an alias",
            "'{0}' in the {1} is a DynamoDB reserved word, so the request fails with a ValidationException; use '#{2}' and map it in ExpressionAttributeNames");

        public static readonly DiagnosticDescriptor ScanByPartitionKey = Create(
            DiagnosticIds.ScanByPartitionKey, UsageCategory, DiagnosticSeverity.Warning,
            "Scan filtered on the partition key",
            "This Scan of '{0}' filters on the partition key '{1}' with '=', so it reads the whole table to return one partition; use a QueryRequest with KeyConditionExpression");

        public static readonly DiagnosticDescriptor RequestOverLimit = Create(
            DiagnosticIds.RequestOverLimit, UsageCategory, DiagnosticSeverity.Error,
            "Batch or transaction literal over the DynamoDB limit",
            "This literal holds {0} {1}, but {2} accepts at most {3} per call; split it or use the runtime's batching");

        public static readonly DiagnosticDescriptor ExpressionOverLimit = Create(
            DiagnosticIds.ExpressionOverLimit, UsageCategory, DiagnosticSeverity.Error,
            "Expression over the DynamoDB limit",
            "This {0} {1}; DynamoDB rejects the request, split the condition or the request");

        public static readonly DiagnosticDescriptor TimestampMemberType = Create(
            DiagnosticIds.TimestampMemberType, LifecycleCategory, DiagnosticSeverity.Error,
            "Timestamp member of an unsupported type",
            "The timestamp member '{0}' has the type '{1}'; [CreatedAt] and [UpdatedAt] need DateTimeOffset, DateTime or long (Unix epoch milliseconds), nullable or not");

        public static readonly DiagnosticDescriptor MultipleTimestampMembers = Create(
            DiagnosticIds.MultipleTimestampMembers, LifecycleCategory, DiagnosticSeverity.Error,
            "More than one [CreatedAt] or [UpdatedAt] member",
            "'{0}' marks '{1}' as a timestamp but '{2}' already holds it; an entity has one [CreatedAt] and one [UpdatedAt] member");

        public static readonly DiagnosticDescriptor ValidationAttributeMismatch = Create(
            DiagnosticIds.ValidationAttributeMismatch, LifecycleCategory, DiagnosticSeverity.Error,
            "Validation attribute that does not fit its member",
            "[{0}] on '{1}' of type '{2}' cannot be checked: {3}");

        public static readonly DiagnosticDescriptor InvalidSchemaVersion = Create(
            DiagnosticIds.InvalidSchemaVersion, LifecycleCategory, DiagnosticSeverity.Error,
            "Invalid [SchemaVersion] or [SchemaUpgrade]",
            "The schema version of '{0}' is invalid: {1} (no mapping code is generated for the entity until this is fixed)");

        public static readonly DiagnosticDescriptor MissingSchemaUpgrade = Create(
            DiagnosticIds.MissingSchemaUpgrade, LifecycleCategory, DiagnosticSeverity.Warning,
            "Schema version without an upgrade step",
            "'{0}' is schema version {1} but has no [SchemaUpgrade({2})] step: an item of version {2} is read as if it were version {3}; add the step, or an empty one to say nothing changed");

        public static readonly DiagnosticDescriptor UnhandledStreamEntity = Create(
            DiagnosticIds.UnhandledStreamEntity, LifecycleCategory, DiagnosticSeverity.Warning,
            "Entity of the table not handled by its stream handler",
            "'{0}' is an entity of table '{1}' but stream handler '{2}' has no OnInsertAsync, OnModifyAsync or OnRemoveAsync for it, so its records reach OnUnknownAsync; add a handler, or list it in Ignore when its changes are of no interest");

        public static readonly DiagnosticDescriptor MalformedStreamHandler = Create(
            DiagnosticIds.MalformedStreamHandler, LifecycleCategory, DiagnosticSeverity.Error,
            "Malformed stream handler",
            "No stream dispatcher is generated for '{0}': {1}");

        public static readonly DiagnosticDescriptor BreakingSchemaChange = Create(
            DiagnosticIds.BreakingSchemaChange, LifecycleCategory, DiagnosticSeverity.Error,
            "Breaking change of the stored shape without a new schema version",
            "The stored shape of '{0}' changed since dynamo-schema.json: {1}; items already stored cannot be read as the model is now, so raise [SchemaVersion] above {2} and upgrade them ([SchemaUpgrade] step, DynamoSchemaMigrator, or the reindexer for key changes)");

        public static readonly DiagnosticDescriptor SchemaFileOutOfDate = Create(
            DiagnosticIds.SchemaFileOutOfDate, LifecycleCategory, DiagnosticSeverity.Warning,
            "dynamo-schema.json is out of date",
            "dynamo-schema.json {0}; run 'dotnet build -p:Boto3AssistUpdateSchema=true' and commit the file",
            compilationEnd: true);

        private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message, bool compilationEnd = false) =>
            new DiagnosticDescriptor(
                id,
                title,
                message,
                category,
                severity,
                isEnabledByDefault: true,
                description: null,
                helpLinkUri: HelpBase + id + ".md",
                customTags: compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0]);
    }
}
