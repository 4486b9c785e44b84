using Amazon.DynamoDBv2.Model;

namespace BadModels;

/// <summary>AWS SDK requests written by hand, with the mistakes the call-site rules catch.</summary>
public static class CallSites
{
    public static QueryRequest ReservedWord() => new()
    {
        TableName = "shop",
        KeyConditionExpression = "pk = :pk",
        FilterExpression = "status = :s", // B3A4001
    };

    public static ScanRequest ScanByKey() => new()
    {
        TableName = "shop",
        FilterExpression = "pk = :pk", // B3A4002
    };

    public static List<WriteRequest> TooManyWrites() =>
    [
        new(), new(), new(), new(), new(), new(), new(), new(), new(), new(),
        new(), new(), new(), new(), new(), new(), new(), new(), new(), new(),
        new(), new(), new(), new(), new(),
        new(), // B3A4003
    ];
}
