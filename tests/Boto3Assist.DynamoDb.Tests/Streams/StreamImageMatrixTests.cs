using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Mapping;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Streams;

/// <summary>
/// Every type of the mapping matrix through a real stream: written to a DynamoDB Local table with a NEW_AND_OLD_IMAGES
/// stream, read over the Streams API as a Lambda event, dispatched, and compared with what was written, in the new image
/// of the insert, both images of the modify and the old image of the remove.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class StreamImageMatrixTests(DynamoDbLocalFixture server)
{
    private async Task<(List<T> Inserted, List<(T Old, T New)> Modified, List<T> Removed)> StreamAsync<T>(T first, T second)
        where T : IDynamoEntity<T>
    {
        var name = TestTables.UniqueName(typeof(T).Name);
        var definition = T.Metadata.Table with { Settings = new DynamoTableSettings { StreamViewType = DynamoStreamViewType.NewAndOldImages } };
        await DynamoTableCreator.CreateIfNotExistsAsync(server.Client, definition, name);
        await server.Client.PutItemAsync(name, first.ToItem());
        await server.Client.PutItemAsync(name, second.ToItem());
        await server.Client.DeleteItemAsync(name, second.ToKey());

        using var streams = server.Server.CreateStreamReader();
        var json = await streams.ReadEventJsonAsync((await server.Client.DescribeTableAsync(name)).Table.LatestStreamArn);
        var inserted = new List<T>();
        var modified = new List<(T, T)>();
        var removed = new List<T>();
        var dispatcher = new DynamoStreamDispatcherBuilder()
            .On<T>(
                onInsert: (item, _, _) => { inserted.Add(item); return Task.CompletedTask; },
                onModify: (old, @new, _, _, _) => { modified.Add((old, @new)); return Task.CompletedTask; },
                onRemove: (item, _, _) => { removed.Add(item); return Task.CompletedTask; })
            .OnUnknown((u, _) => throw new InvalidOperationException("unexpected record " + u.Reason))
            .Build();
        Assert.Empty((await dispatcher.DispatchAsync(DynamoStreamEvent.Parse(json))).FailedSequenceNumbers);
        return (inserted, modified, removed);
    }

    [Fact]
    public async Task Every_scalar_type_arrives_in_old_and_new_images()
    {
        var first = ScalarRoundTripTests.Ordinary();
        var second = ScalarRoundTripTests.Maximums();
        second.Id = first.Id;

        var (inserted, modified, removed) = await StreamAsync(first, second);

        DeepEquality.AssertEqual(first, Assert.Single(inserted));
        DeepEquality.AssertEqual(first, Assert.Single(modified).Old);
        DeepEquality.AssertEqual(second, modified[0].New);
        DeepEquality.AssertEqual(second, Assert.Single(removed));
    }

    [Fact]
    public async Task Every_collection_type_arrives_in_old_and_new_images()
    {
        var first = CollectionRoundTripTests.Filled();
        var second = new CollectionMatrix { Id = first.Id };

        var (inserted, modified, removed) = await StreamAsync(first, second);

        DeepEquality.AssertEqual(first, Assert.Single(inserted));
        DeepEquality.AssertEqual(first, Assert.Single(modified).Old);
        DeepEquality.AssertEqual(second, modified[0].New);
        DeepEquality.AssertEqual(second, Assert.Single(removed));
    }
}
