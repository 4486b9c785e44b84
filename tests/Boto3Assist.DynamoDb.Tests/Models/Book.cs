namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>A record with a primary constructor as the entity itself.</summary>
[DynamoTable("books")]
[PartitionKey("BOOK#{Isbn}")]
[SortKey("EDITION#{Edition:D2}")]
public sealed partial record Book(string Isbn, int Edition, string Title, IReadOnlyList<string> Authors, DateOnly Published)
{
    public decimal? Price { get; init; }
}
