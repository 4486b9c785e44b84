using System.Diagnostics;

namespace Boto3Assist.Runtime.Tests.Samples;

public sealed class OrderWorkerSampleTests
{
    [Fact]
    public async Task The_order_worker_demo_processes_orders_end_to_end_and_exits_zero()
    {
        // The test project builds the sample (a ProjectReference without the assembly); run it as a user would.
        var configuration = typeof(OrderWorkerSampleTests).Assembly.Location.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var repo = AppContext.BaseDirectory[..AppContext.BaseDirectory.IndexOf("/tests/", StringComparison.Ordinal)];
        var dll = Path.Combine(repo, "samples", "OrderWorker", "bin", configuration, "net10.0", "OrderWorker.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo };
        info.ArgumentList.Add(dll);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        var text = await output + await errors;
        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("OK: 5 orders stored in DynamoDB with receipts in S3", text, StringComparison.Ordinal);
        Assert.Contains("DynamoDB.PutItem", text, StringComparison.Ordinal);
        Assert.Contains("\"CloudWatchMetrics\"", text, StringComparison.Ordinal);
    }
}
