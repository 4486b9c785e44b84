using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ImportExport;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurements (run alone: allocation counters are per process)";
}

/// <summary>
/// Export and import stream: memory stays flat with file size. Measured with the GC's counters, not time: bytes
/// allocated per item do not grow from 10,000 to 100,000 items, and the live heap does not grow while 100,000 items
/// pass through.
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public sealed class JsonLinesMemoryTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"boto3assist-lines-{Guid.NewGuid():N}.jsonl.gz");

    public void Dispose() => File.Delete(_file);

    // One item reused, only its key changing, so the measurement is of the writer, not of building items.
    private static async IAsyncEnumerable<IReadOnlyDictionary<string, AttributeValue>> ItemsAsync(int count, List<long> liveHeap, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var key = new AttributeValue { S = "" };
        var item = new Dictionary<string, AttributeValue>
        {
            ["pk"] = key,
            ["sk"] = new() { S = "PROFILE" },
            ["name"] = new() { S = "A customer with a name of some length" },
            ["total"] = new() { N = "1234.56" },
            ["tags"] = new() { SS = ["a", "b", "c"] },
            ["lines"] = new() { L = [new() { M = new() { ["sku"] = new() { S = "SKU-1" }, ["qty"] = new() { N = "2" } } }] },
            ["active"] = new() { BOOL = true },
        };
        for (var i = 1; i <= count; i++)
        {
            key.S = "CUSTOMER#" + i;
            if (i == 1_000 || i == count)
            {
                liveHeap.Add(GC.GetTotalMemory(forceFullCollection: true));
            }

            yield return item;
        }

        await Task.CompletedTask;
    }

    private async Task<(double WritePerItem, double ReadPerItem, List<long> WriteHeap, List<long> ReadHeap)> MeasureAsync(int count)
    {
        var writeHeap = new List<long>();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await using (var output = File.Create(_file))
        {
            Assert.Equal(count, await DynamoJsonLines.WriteAsync(output, ItemsAsync(count, writeHeap), gzip: true));
        }

        var written = GC.GetTotalAllocatedBytes(precise: true) - before;

        var readHeap = new List<long>();
        long items = 0, lastLine = 0;
        before = GC.GetTotalAllocatedBytes(precise: true);
        await using (var input = File.OpenRead(_file))
        {
            await foreach (var line in DynamoJsonLines.ReadAsync(input, gzip: true))
            {
                items += line.Item is { Count: 7 } ? 1 : 0;
                lastLine = line.LineNumber;
                if (line.LineNumber == 1_000 || line.LineNumber == count)
                {
                    readHeap.Add(GC.GetTotalMemory(forceFullCollection: true));
                }
            }
        }

        var read = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal((count, count), (items, lastLine));
        return ((double)written / count, (double)read / count, writeHeap, readHeap);
    }

    [Fact]
    public async Task Memory_stays_flat_from_ten_thousand_to_a_hundred_thousand_items()
    {
        var small = await MeasureAsync(10_000);
        var large = await MeasureAsync(100_000);

        // Writing allocates next to nothing per item (the key text of the generator and buffers amortised).
        Assert.True(large.WritePerItem < 256, $"writing allocated {large.WritePerItem:0} bytes per item");
        // Reading allocates the item it yields (dictionary, attribute values, strings) and nothing that grows.
        Assert.True(large.ReadPerItem < 4_096, $"reading allocated {large.ReadPerItem:0} bytes per item");
        Assert.True(large.WritePerItem <= (small.WritePerItem * 1.1) + 16, $"writing: {small.WritePerItem:0} bytes per item for 10,000 items, {large.WritePerItem:0} for 100,000");
        Assert.True(large.ReadPerItem <= (small.ReadPerItem * 1.1) + 16, $"reading: {small.ReadPerItem:0} bytes per item for 10,000 items, {large.ReadPerItem:0} for 100,000");

        // Nothing is kept: the live heap after 100,000 items is within 4 MB of the heap after 1,000.
        Assert.True(large.WriteHeap[1] - large.WriteHeap[0] < 4 << 20, $"the heap grew by {(large.WriteHeap[1] - large.WriteHeap[0]) >> 10} KB while writing");
        Assert.True(large.ReadHeap[1] - large.ReadHeap[0] < 4 << 20, $"the heap grew by {(large.ReadHeap[1] - large.ReadHeap[0]) >> 10} KB while reading");
    }
}
