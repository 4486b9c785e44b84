using Boto3Assist.DynamoDb;

namespace BadModels.Models;

// dynamo-schema.json, next to the project file, holds the stored shape of every entity here as it was before these two
// changed (docs/schema-file.md).

[DynamoTable("schema-rules")]
[PartitionKey("INVOICE#{Id}")]
public partial class RetypedInvoice
{
    public string Id { get; init; } = "";
    public string Amount { get; init; } = ""; // B3A5008 (stored as N; the schema version was not raised)
}

[DynamoTable("schema-rules")]
[PartitionKey("RECEIPT#{Id}")]
public partial class AnnotatedReceipt // B3A5009 (optional attribute 'Note' added: the file is out of date)
{
    public string Id { get; init; } = "";
    public decimal Amount { get; init; }
    public string? Note { get; init; }
}
