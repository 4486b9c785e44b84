namespace Boto3Assist.DynamoDb;

/// <summary>Provisioned read and write capacity units of a table or a global index.</summary>
public sealed class DynamoCapacity
{
    /// <summary>Read capacity units; at least 1.</summary>
    public long ReadCapacityUnits { get; set; }

    /// <summary>Write capacity units; at least 1.</summary>
    public long WriteCapacityUnits { get; set; }
}
