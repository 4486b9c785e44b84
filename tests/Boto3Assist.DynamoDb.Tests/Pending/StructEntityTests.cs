using Boto3Assist.DynamoDb.Tests.Infrastructure;

namespace Boto3Assist.DynamoDb.Tests.Pending;

// EXCLUDED from the build (see the .csproj): a [DynamoTable] struct (the attribute allows structs) does not compile.
// The repository generator emits, in <Type>.Repository.g.cs,
//   Task<StructEntity?> GetAsync(this DynamoRepository<StructEntity> repository, ...) => repository.GetAsync(...)
// and the same for DeleteAsync: for a struct, T? is Nullable<T> and repository.GetAsync returns Task<T>, so CS0029
// "Cannot implicitly convert type Task<StructEntity> to Task<StructEntity?>". Remove the exclusion once fixed.

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
}
