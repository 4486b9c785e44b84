namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>A recursive type: a category and its parent, to any depth in memory; DynamoDB stores 32 levels.</summary>
[DynamoTable("categories")]
[PartitionKey("CATEGORY#{Id}")]
public sealed partial class Category
{
    public required string Id { get; set; }

    public CategoryNode? Root { get; set; }
}

public sealed class CategoryNode
{
    public string Name { get; set; } = "";

    public CategoryNode? Parent { get; set; }

    public List<CategoryNode> Children { get; set; } = [];
}
