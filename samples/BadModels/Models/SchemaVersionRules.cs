using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace BadModels.Models;

[DynamoTable("schema-rules")]
[PartitionKey("S#{Id}")]
[SchemaVersion(2)]
public partial class BadSchemaStep
{
    public string Id { get; init; } = "";

    [SchemaUpgrade(1)] private void NotStatic(Dictionary<string, AttributeValue> item) { } // B3A5006
}

[DynamoTable("schema-rules")]
[PartitionKey("M#{Id}")]
[SchemaVersion(3)] // B3A5007
public partial class MissingSchemaStep
{
    public string Id { get; init; } = "";

    [SchemaUpgrade(2)] private static void RenameTotal(Dictionary<string, AttributeValue> item) { }
}
