using Boto3Assist.DynamoDb;

namespace Orders;

/// <summary>
/// Command line and environment: <c>--endpoint URL</c> (or <c>$BOTO3ASSIST_DYNAMODB_ENDPOINT</c>) points the sample at
/// an existing DynamoDB; without it the sample starts DynamoDB Local itself. <c>--table NAME</c> overrides the table name.
/// <c>--transport sdk|http</c> (or <c>$BOTO3ASSIST_DYNAMODB_TRANSPORT</c>) chooses how the data access layer sends requests.
/// </summary>
public sealed record SampleOptions(Uri? Endpoint, string? TableName, bool ShowHelp, DynamoTransportKind Transport = DynamoTransportKind.Sdk, bool FirstResponse = false)
{
    public const string EndpointVariable = "BOTO3ASSIST_DYNAMODB_ENDPOINT";

    public const string TransportVariable = "BOTO3ASSIST_DYNAMODB_TRANSPORT";

    public const string Usage = """
        Usage: Orders [--endpoint URL] [--table NAME] [--transport sdk|http] [--first-response]
          --endpoint URL  an existing DynamoDB endpoint (default: $BOTO3ASSIST_DYNAMODB_ENDPOINT; when neither is set
                          the sample starts DynamoDB Local on 127.0.0.1 and stops it at the end)
          --table NAME    the table to create and use (default: the table the models declare, "orders")
          --transport T   how the data access layer sends requests: sdk (the AWS SDK client) or http (its own
                          signed requests, items read and written as JSON); default $BOTO3ASSIST_DYNAMODB_TRANSPORT or sdk
          --first-response  cold start: read one customer from the (existing) table and exit (needs --endpoint;
                          benchmarks/coldstart times it)
        """;

    public static SampleOptions Parse(string[] args)
    {
        string? endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        string? table = null;
        string? transport = Environment.GetEnvironmentVariable(TransportVariable);
        var firstResponse = false;
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            switch (name)
            {
                case "--endpoint":
                    endpoint = inlineValue ?? Next(args, ref i, name);
                    break;
                case "--table":
                    table = inlineValue ?? Next(args, ref i, name);
                    break;
                case "--transport":
                    transport = inlineValue ?? Next(args, ref i, name);
                    break;
                case "--first-response":
                    firstResponse = true;
                    break;
                case "-h" or "--help":
                    return new SampleOptions(null, null, ShowHelp: true);
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}");
            }
        }

        Uri? uri = null;
        if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint, UriKind.Absolute, out uri))
        {
            throw new ArgumentException($"The endpoint '{endpoint}' is not an absolute URL such as http://127.0.0.1:8000.");
        }

        var kind = string.IsNullOrWhiteSpace(transport) ? DynamoTransportKind.Sdk
            : transport.Trim().ToLowerInvariant() switch
            {
                "sdk" => DynamoTransportKind.Sdk,
                "http" => DynamoTransportKind.Http,
                _ => throw new ArgumentException($"The transport '{transport}' is neither sdk nor http.\n{Usage}"),
            };
        if (firstResponse && uri is null)
        {
            throw new ArgumentException($"--first-response needs --endpoint (a running DynamoDB with the table).\n{Usage}");
        }

        return new SampleOptions(uri, table, ShowHelp: false, kind, firstResponse);
    }

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (argument, null) : (argument[..equals], argument[(equals + 1)..]);
    }

    private static string Next(string[] args, ref int i, string name)
        => ++i < args.Length ? args[i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
}
