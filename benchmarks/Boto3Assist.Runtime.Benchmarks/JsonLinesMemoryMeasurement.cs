using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.Runtime.Benchmarks;

/// <summary>
/// Export and import stream: writes N items to a gzip JSON Lines file with <see cref="DynamoJsonLines.WriteAsync"/> and
/// reads them back with <see cref="DynamoJsonLines.ReadAsync"/>, sampling the live heap (after a full collection) every
/// tenth of the way. Memory is flat when the largest live heap does not grow with N. A measurement of memory, not of
/// time: <c>dotnet run -c Release --project benchmarks/Boto3Assist.Runtime.Benchmarks -- memory 10000 1000000</c>.
/// </summary>
public static class JsonLinesMemoryMeasurement
{
    public static async Task RunAsync(IEnumerable<int> counts)
    {
        Console.WriteLine("| items | file (gzip) | largest live heap, export | largest live heap, import | items read |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            var file = Path.Combine(Path.GetTempPath(), $"boto3assist-memory-{count}.jsonl.gz");
            try
            {
                var exportHeap = new List<long>();
                await using (var output = File.Create(file))
                {
                    await DynamoJsonLines.WriteAsync(output, ItemsAsync(count, exportHeap), gzip: true);
                }

                var importHeap = new List<long>();
                long read = 0;
                await using (var input = File.OpenRead(file))
                {
                    await foreach (var line in DynamoJsonLines.ReadAsync(input, gzip: true))
                    {
                        if (line.Item is null)
                        {
                            throw new InvalidOperationException($"Line {line.LineNumber} did not read back: {line.Error}");
                        }

                        read++;
                        if (read % Math.Max(1, count / 10) == 0)
                        {
                            importHeap.Add(GC.GetTotalMemory(forceFullCollection: true));
                        }
                    }
                }

                if (read != count)
                {
                    throw new InvalidOperationException($"Read {read} items back, wrote {count}.");
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {count:N0} | {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MB | {exportHeap.Max() / 1024.0 / 1024.0:F2} MB | {importHeap.Max() / 1024.0 / 1024.0:F2} MB | {read:N0} |"));
            }
            finally
            {
                File.Delete(file);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB"));
    }

    // Each item distinct (its key and a counter change), built as it is written, as a table scan would yield them.
    private static async IAsyncEnumerable<IReadOnlyDictionary<string, AttributeValue>> ItemsAsync(int count, List<long> liveHeap, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Dictionary<string, AttributeValue>
            {
                ["pk"] = new() { S = "CUSTOMER#" + i.ToString(CultureInfo.InvariantCulture) },
                ["sk"] = new() { S = "ORDER#2024-05-01#" + i.ToString("D8", CultureInfo.InvariantCulture) },
                ["name"] = new() { S = "A customer with a name of some length" },
                ["total"] = new() { N = (i * 0.25m).ToString(CultureInfo.InvariantCulture) },
                ["tags"] = new() { SS = ["a", "b", "c"] },
                ["lines"] = new() { L = [new() { M = new() { ["sku"] = new() { S = "SKU-1" }, ["qty"] = new() { N = "2" } } }] },
                ["active"] = new() { BOOL = i % 2 == 0 },
            };
            if (i % Math.Max(1, count / 10) == 0)
            {
                liveHeap.Add(GC.GetTotalMemory(forceFullCollection: true));
            }

            if (i % 4096 == 0)
            {
                await Task.Yield();
            }
        }
    }
}
