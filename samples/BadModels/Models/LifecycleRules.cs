using System.ComponentModel.DataAnnotations;
using Boto3Assist.DynamoDb;

namespace BadModels.Models;

[DynamoTable("lifecycle-rules")]
[PartitionKey("L#{Id}")]
public partial class BadTimestamps
{
    public string Id { get; init; } = "";
    [CreatedAt] public string? Created { get; init; } // B3A5001
    [UpdatedAt] public DateTimeOffset Updated { get; init; }
    [UpdatedAt] public DateTime AlsoUpdated { get; init; } // B3A5002
}

[DynamoTable("lifecycle-rules")]
[PartitionKey("V#{Id}")]
public partial class BadValidation
{
    public string Id { get; init; } = "";
    [Range(1, 5)] public string? Rating { get; init; } // B3A5003
}
