using System.Collections.Generic;

namespace Boto3Assist.DependencyInjection;

/// <summary>
/// Settings of <c>AddBoto3AssistDynamoDb</c>, bindable from configuration (e.g. a <c>"DynamoDb"</c> section):
/// where the client connects and the table names of this environment.
/// </summary>
public sealed class DynamoDbOptions
{
    /// <summary>An endpoint such as <c>http://127.0.0.1:8000</c> (DynamoDB Local); the region's endpoint when unset.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The AWS region, e.g. <c>eu-west-1</c>; the SDK's default resolution when unset (and <c>us-east-1</c> for signing with a ServiceUrl).</summary>
    public string? Region { get; set; }

    /// <summary>An access key id, for DynamoDB Local only; leave unset to use the SDK's default credential chain.</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The secret access key matching <see cref="AccessKeyId"/>, for DynamoDB Local only.</summary>
    public string? SecretAccessKey { get; set; }

    /// <summary>Prepended to every declared table name without an explicit entry (e.g. <c>"dev-"</c>).</summary>
    public string? TableNamePrefix { get; set; }

    /// <summary>Appended to every declared table name without an explicit entry.</summary>
    public string? TableNameSuffix { get; set; }

    /// <summary>Explicit table names by entity name or declared table name.</summary>
    public Dictionary<string, string> TableNames { get; set; } = new();

    /// <summary>
    /// Table settings by declared or physical table name (billing, capacity, recovery, protection, class, stream, tags),
    /// applied when tables are created (<c>CreateTablesOnStartup</c>, <c>DynamoTableSetup</c>). For example
    /// <c>"TableSettings": { "shop": { "PointInTimeRecovery": true, "StreamViewType": "NewAndOldImages" } }</c>.
    /// </summary>
    public Dictionary<string, Boto3Assist.DynamoDb.DynamoTableSettings> TableSettings { get; set; } = new();

    /// <summary>The settings of tables without an entry in <see cref="TableSettings"/>.</summary>
    public Boto3Assist.DynamoDb.DynamoTableSettings? DefaultTableSettings { get; set; }

    /// <summary>BatchWriteItem / BatchGetItem requests in flight at once.</summary>
    public int BatchParallelism { get; set; } = 4;

    /// <summary>
    /// How requests reach DynamoDB: <c>"Sdk"</c> (through the AWS SDK client) or <c>"Http"</c> (the runtime's own signed
    /// requests, items read and written as JSON straight from and into entities); see
    /// <see cref="Boto3Assist.DynamoDb.DynamoDataAccessOptions.Transport"/>. The data access default when unset.
    /// </summary>
    public Boto3Assist.DynamoDb.DynamoTransportKind? Transport { get; set; }

    /// <summary>A base64 secret that signs continuation tokens (HMAC-SHA256); give every instance the same one.</summary>
    public string? ContinuationTokenKey { get; set; }
}
