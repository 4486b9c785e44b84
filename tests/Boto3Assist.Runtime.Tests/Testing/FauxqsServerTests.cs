using System.Net;
using System.Net.NetworkInformation;
using Amazon.S3.Model;
using Amazon.SQS.Model;
using Boto3Assist.Testing;

namespace Boto3Assist.Runtime.Tests.Testing;

public sealed class FauxqsServerTests
{
    [Fact]
    public async Task Starts_on_loopback_serves_sqs_and_s3_and_stops_when_disposed()
    {
        var server = await FauxqsServer.StartAsync();
        int port;
        await using (server)
        {
            port = server.Port;
            Assert.Equal("127.0.0.1", server.ServiceUrl.Host);
            var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(e => e.Port == port).ToList();
            Assert.NotEmpty(listeners);
            Assert.All(listeners, e => Assert.True(IPAddress.IsLoopback(e.Address) || e.Address.Equals(IPAddress.Parse("::ffff:127.0.0.1")), $"listens on {e.Address}"));

            using var sqs = server.CreateSqsClient();
            var queue = await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "smoke" });
            await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = queue.QueueUrl, MessageBody = "hello" });
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue.QueueUrl, WaitTimeSeconds = 1 });
            Assert.Equal("hello", Assert.Single(received.Messages).Body);

            using var s3 = server.CreateS3Client();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "smoke" });
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "smoke", Key = "a.txt", ContentBody = "content" });
            using var got = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "smoke", Key = "a.txt" });
            using var reader = new StreamReader(got.ResponseStream);
            Assert.Equal("content", await reader.ReadToEndAsync());
        }

        var stillListening = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Any(e => e.Port == port);
        Assert.False(stillListening);
    }

    [Fact]
    public async Task Stops_by_itself_when_its_parent_process_exits()
    {
        // A short-lived stand-in parent: when it exits, the server must go too (as after a crashed test run).
        using var parent = System.Diagnostics.Process.Start("sleep", "2");
        await using var server = await FauxqsServer.StartAsync(new FauxqsOptions { ParentProcessId = parent.Id });
        Assert.Contains(IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners(), e => e.Port == server.Port);

        await parent.WaitForExitAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Any(e => e.Port == server.Port) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.DoesNotContain(IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners(), e => e.Port == server.Port);
    }

    [Fact]
    public async Task The_server_gets_no_terminal_input_so_a_background_job_cannot_stop_it()
    {
        await using var server = await FauxqsServer.StartAsync();

        var input = ServerProcessChecks.StandardInputOf(server.ProcessId);
        Assert.StartsWith("pipe:", input, StringComparison.Ordinal);
        Assert.NotEqual(ServerProcessChecks.StandardInputOf(Environment.ProcessId), input);
    }

    [Fact]
    public async Task A_killed_parent_leaves_no_server_behind()
    {
        using var parent = System.Diagnostics.Process.Start("sleep", "600");
        var server = await FauxqsServer.StartAsync(new FauxqsOptions { ParentProcessId = parent.Id });
        try
        {
            parent.Kill();
            await parent.WaitForExitAsync();

            Assert.True(await ServerProcessChecks.GoneAsync(server.ProcessId, server.Port, TimeSpan.FromSeconds(15)), "fauxqs outlived its killed parent");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Missing_node_gives_a_clear_error()
    {
        var ex = await Assert.ThrowsAsync<TestServerException>(() => FauxqsServer.StartAsync(new FauxqsOptions { NodeExecutable = "/nonexistent/node" }));
        Assert.Contains("Node", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_directory_without_fauxqs_gives_a_clear_error()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;
        var ex = await Assert.ThrowsAsync<TestServerException>(() => FauxqsServer.StartAsync(new FauxqsOptions { InstallDirectory = empty }));
        Assert.Contains("node_modules/fauxqs", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_npm_install_gives_a_clear_error()
    {
        var cache = Directory.CreateTempSubdirectory().FullName;
        var ex = await Assert.ThrowsAsync<TestServerException>(() => FauxqsServer.StartAsync(new FauxqsOptions
        {
            InstallDirectory = null,
            CacheDirectory = cache,
            NpmExecutable = "/nonexistent/npm",
        }));
        Assert.Contains("npm", ex.Message, StringComparison.Ordinal);
    }
}
