using System;
using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>Run-time settings of the data access layer: table names per environment, retries, batching, paging.</summary>
public sealed class DynamoDataAccessOptions
{
    /// <summary>Prepended to every declared table name that has no explicit entry in <see cref="TableNames"/> (e.g. <c>"dev-"</c>).</summary>
    public string? TableNamePrefix { get; set; }

    /// <summary>Appended to every declared table name that has no explicit entry in <see cref="TableNames"/> (e.g. <c>"-staging"</c>).</summary>
    public string? TableNameSuffix { get; set; }

    /// <summary>
    /// Explicit table names, keyed by entity name (the CLR type name) or by the declared table name; an entity entry
    /// wins over a table entry. Used as is: the prefix and suffix are not applied to them.
    /// </summary>
    public IDictionary<string, string> TableNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Operational settings of tables (billing, capacity, point-in-time recovery, deletion protection, class, stream,
    /// tags), keyed by declared table name or by physical table name; <see cref="DynamoTableSetup"/> applies them when it
    /// creates or checks the tables. A table without an entry gets <see cref="DefaultTableSettings"/>.
    /// </summary>
    public IDictionary<string, DynamoTableSettings> TableSettings { get; } = new Dictionary<string, DynamoTableSettings>(StringComparer.Ordinal);

    /// <summary>The settings of tables without an entry in <see cref="TableSettings"/>; on-demand and nothing else when <see langword="null"/>.</summary>
    public DynamoTableSettings? DefaultTableSettings { get; set; }

    /// <summary>The retry policy for throttling, 5xx errors and unprocessed batch entries.</summary>
    public DynamoRetryPolicy RetryPolicy { get; set; } = DynamoRetryPolicy.Default;

    /// <summary>How many BatchWriteItem / BatchGetItem requests run at once. At least 1; default 4.</summary>
    public int BatchParallelism { get; set; } = 4;

    /// <summary>
    /// A secret that signs continuation tokens (HMAC-SHA256) so a client cannot forge a start key. When
    /// <see langword="null"/>, tokens carry a SHA-256 checksum that detects changes but not a deliberate forgery (a
    /// context created through <c>AddBoto3AssistDynamoDb</c> then logs warning 2001). Give every instance of a service
    /// the same key, for example from <see cref="NewContinuationTokenKey"/> stored as a secret.
    /// </summary>
    public byte[]? ContinuationTokenKey { get; set; }

    /// <summary>
    /// How requests reach DynamoDB: <see cref="DynamoTransportKind.Sdk"/> (the default) through the AWS SDK client, or
    /// <see cref="DynamoTransportKind.Http"/>, the runtime's own signed HTTP requests with items read and written as JSON
    /// straight from and into entities. Results, exceptions, retries and telemetry are the same. The HTTP transport uses
    /// the endpoint, region and credentials of the <see cref="Amazon.DynamoDBv2.AmazonDynamoDBClient"/> given to the
    /// context; any other <see cref="Amazon.DynamoDBv2.IAmazonDynamoDB"/> (a test double, a subclass) keeps the SDK transport.
    /// </summary>
    public DynamoTransportKind Transport { get; set; } = DefaultTransport;

    /// <summary>
    /// The handler the HTTP transport sends its signed requests through, instead of its own pooled
    /// <see cref="System.Net.Http.SocketsHttpHandler"/>: a canned handler in tests and benchmarks, a custom handler for
    /// proxies. Not disposed by the context. Ignored by the SDK transport (configure the client's
    /// <c>HttpClientFactory</c> there, which the HTTP transport also honours when no handler is given).
    /// </summary>
    public System.Net.Http.HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>The transport of options that do not choose one; the test suite runs a second time with it set to HTTP.</summary>
    internal static DynamoTransportKind DefaultTransport { get; set; } = DynamoTransportKind.Sdk;

    /// <summary>
    /// The clock of <see cref="CreatedAtAttribute"/> and <see cref="UpdatedAtAttribute"/> members; the system clock by
    /// default. <c>AddBoto3AssistDynamoDb</c> uses a <see cref="System.TimeProvider"/> registered in the container. Inject
    /// a fake one in tests.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The settings of one table: its declared name's entry, else its physical name's, else the default.</summary>
    internal DynamoTableSettings? SettingsFor(string declaredTableName, string physicalTableName)
        => TableSettings.TryGetValue(declaredTableName, out var declared) ? declared
            : TableSettings.TryGetValue(physicalTableName, out var physical) ? physical
            : DefaultTableSettings;

    /// <summary>A new random key for <see cref="ContinuationTokenKey"/>: 32 bytes from a cryptographic generator.</summary>
    /// <returns>The key; store it (base64) as a secret shared by every instance.</returns>
    public static byte[] NewContinuationTokenKey() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
}
