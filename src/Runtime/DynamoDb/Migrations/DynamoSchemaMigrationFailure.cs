namespace Boto3Assist.DynamoDb;

/// <summary>One item a schema migration could not upgrade; it is left as it is.</summary>
/// <param name="Key">The item's primary key, as text.</param>
/// <param name="Error">Why: the upgrade step that threw (with its exception inside), or the value that cannot be mapped.</param>
public sealed record DynamoSchemaMigrationFailure(string Key, DynamoMappingException Error);
