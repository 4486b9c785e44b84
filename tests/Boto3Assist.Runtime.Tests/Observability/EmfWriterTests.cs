using System.Text.Json;
using Boto3Assist.Observability;

namespace Boto3Assist.Runtime.Tests.Observability;

public sealed class EmfWriterTests
{
    [Fact]
    public void Writes_one_line_in_the_documented_emf_schema()
    {
        var output = new StringWriter();
        var writer = new EmfWriter(output);
        var time = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

        writer.Write(
            "Orders",
            new Dictionary<string, string> { ["Service"] = "worker", ["Queue"] = "orders" },
            [new EmfMetric("Latency", EmfUnit.Milliseconds, [12.5, 30]), new EmfMetric("Processed", EmfUnit.Count, 3), new EmfMetric("Rate", EmfUnit.CountPerSecond, 1.5)],
            new Dictionary<string, string> { ["requestId"] = "abc" },
            time);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var line = JsonDocument.Parse(Assert.Single(lines));
        var root = line.RootElement;
        var aws = root.GetProperty("_aws");
        Assert.Equal(time.ToUnixTimeMilliseconds(), aws.GetProperty("Timestamp").GetInt64());
        var directive = Assert.Single(aws.GetProperty("CloudWatchMetrics").EnumerateArray());
        Assert.Equal("Orders", directive.GetProperty("Namespace").GetString());
        Assert.Equal(["Service", "Queue"], Assert.Single(directive.GetProperty("Dimensions").EnumerateArray()).EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(
            ["Latency:Milliseconds", "Processed:Count", "Rate:Count/Second"],
            directive.GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString() + ":" + m.GetProperty("Unit").GetString()));
        Assert.Equal("worker", root.GetProperty("Service").GetString());
        Assert.Equal("orders", root.GetProperty("Queue").GetString());
        Assert.Equal([12.5, 30], root.GetProperty("Latency").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(3, root.GetProperty("Processed").GetDouble());
        Assert.Equal("abc", root.GetProperty("requestId").GetString());
    }

    [Fact]
    public void Splits_lines_at_100_metrics_and_100_values()
    {
        var output = new StringWriter();
        var metrics = Enumerable.Range(0, 150).Select(i => new EmfMetric("m" + i, EmfUnit.Count, i)).ToList();
        metrics.Add(new EmfMetric("many", EmfUnit.Seconds, Enumerable.Range(0, 250).Select(i => (double)i).ToList()));

        new EmfWriter(output).Write("Ns", new Dictionary<string, string>(), metrics);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(lines, l => Assert.InRange(l.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").GetArrayLength(), 1, 100));
        var names = lines.SelectMany(l => l.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString())).ToList();
        Assert.Equal(150, names.Count(n => n != "many"));
        var manyValues = lines.Where(l => l.TryGetProperty("many", out _)).Select(l => l.GetProperty("many")).ToList();
        Assert.Equal([100, 100, 50], manyValues.Select(v => v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 1));
        Assert.Equal(Enumerable.Range(0, 250).Select(i => (double)i), manyValues.SelectMany(v => v.EnumerateArray().Select(x => x.GetDouble())));
    }

    [Fact]
    public void Rejects_what_cloudwatch_would_reject()
    {
        var writer = new EmfWriter(new StringWriter());
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => new EmfMetric("x", EmfUnit.Count, double.NaN)).Message, StringComparison.Ordinal);
        Assert.Contains("30 dimensions", Assert.Throws<ArgumentException>(() => writer.Write("Ns", Enumerable.Range(0, 31).ToDictionary(i => "d" + i, i => "v"), [new EmfMetric("x", EmfUnit.Count, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("'Queue' is used twice", Assert.Throws<ArgumentException>(() => writer.Write("Ns", new Dictionary<string, string> { ["Queue"] = "q" }, [new EmfMetric("Queue", EmfUnit.Count, 1)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => writer.Write("", new Dictionary<string, string>(), [new EmfMetric("x", EmfUnit.Count, 1)]));
    }
}
