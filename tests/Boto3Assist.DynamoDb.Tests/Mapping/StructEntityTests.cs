using Boto3Assist.DynamoDb.Tests.Infrastructure;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

// A [DynamoTable] struct maps like any entity. It gets no generated repository Get/Delete methods: Task<T?> of a
// struct cannot say "not found" (see RepositoryEmitter).

/// <summary>A value-type entity.</summary>
[DynamoTable("points")]
[PartitionKey("POINT#{Id}")]
public partial struct PointEntity
{
    public string Id { get; set; }

    public int X { get; set; }

    public int Y { get; set; }
}

[Collection(DynamoDbLocalCollection.Name)]
public sealed class StructEntityTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(StructEntityTests));

    [Fact]
    public async Task Struct_entity_round_trips()
    {
        var original = new PointEntity { Id = "p1", X = -3, Y = int.MaxValue };

        var raw = await _tables.PutAndGetRawAsync(original);

        Assert.Equal("POINT#p1", raw["pk"].S);
        DeepEquality.AssertEqual(original, PointEntity.FromItem(raw));
    }

    [Fact]
    public void Struct_entity_gets_no_generated_repository_methods()
    {
        var extensions = typeof(PointEntity).Assembly.GetTypes().Where(t => t.Name == nameof(PointEntity) + "RepositoryExtensions");
        Assert.Empty(extensions);
    }
}
