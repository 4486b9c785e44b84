using Boto3Assist.DynamoDb;

namespace BadModels.Models;

public enum Shade { Red, Blue }

[DynamoTable("key-rules")]
[PartitionKey("FLAG#{Tags}")] // B3A1001
public partial class UnkeyablePlaceholder
{
    public List<string> Tags { get; init; } = new();
}

[DynamoTable("key-rules")]
[PartitionKey("NULL#{CustomerId}")]
public partial class NullableKey
{
    public string? CustomerId { get; init; } // B3A1002
}

[DynamoTable("key-rules")]
[PartitionKey("SET#{CustomerId}")]
public partial class SettableKey
{
    public string CustomerId { get; set; } = ""; // B3A1003
}

[DynamoTable("key-rules")]
[PartitionKey("SHADE#{Shade}")] // B3A1004
public partial class LowCardinality
{
    public Shade Shade { get; init; }
}

[DynamoTable("key-rules")]
[PartitionKey("DAY#{Created:yyyy-MM-dd}")] // B3A1005
public partial class DatePartition
{
    public DateTime Created { get; init; }
}

[DynamoTable("key-rules")]
[PartitionKey("P#{Missing}")] // B3A1006
public partial class UnknownPlaceholder
{
    public string Id { get; init; } = "";
}

[DynamoTable("key-rules")]
[PartitionKey("ADJ#{Id}")]
[SortKey("{BuildYear:D4}{Id}")] // B3A1007
public partial class AdjacentPlaceholders
{
    public string Id { get; init; } = "";
    public int BuildYear { get; init; }
}

[DynamoTable("key-rules")]
[PartitionKey("FREE#{Title:raw}#{Id}")] // B3A1008
public partial class FreeTextBeforeDelimiter
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
}

[DynamoTable("key-rules")]
[PartitionKey("ORDERS#{CustomerId}")]
[SortKey("SEQ#{Seq}#{Placed:MM/dd/yyyy}")] // B3A1009 B3A1010
public partial class UnsortableSortKey
{
    public string CustomerId { get; init; } = "";
    public int Seq { get; init; }
    public DateTime Placed { get; init; }
}

[DynamoTable("key-rules")]
[PartitionKey("LONG#{RefId}")]
[SortKey(TooLong.Prefix + "{RefId}")] // B3A1011
public partial class TooLong
{
    public const string Prefix =
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" +
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789#";

    public Guid RefId { get; init; }
}

[DynamoTable("key-rules")]
[PartitionKey("SCORE#{Id}")]
public partial class FloatingKey
{
    public string Id { get; init; } = "";
    [SortKey] public double Score { get; init; } // B3A1012
}

[DynamoTable("key-rules")]
[PartitionKey("USER#{Email:D5}")] // B3A1013
public partial class FormatOnString
{
    public string Email { get; init; } = "";
}
