using System.Net;
using System.Net.NetworkInformation;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Testing;

namespace Boto3Assist.Runtime.Tests.Testing;

public sealed class DynamoDbLocalTests
{
    [Fact]
    public async Task Starts_on_loopback_answers_and_stops_when_disposed()
    {
        var local = await DynamoDbLocal.StartAsync();
        int port;
        await using (local)
        {
            port = local.Port;
            Assert.Equal("127.0.0.1", local.ServiceUrl.Host);
            var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Where(e => e.Port == port).ToList();
            Assert.NotEmpty(listeners);
            Assert.All(listeners, e => Assert.True(IPAddress.IsLoopback(e.Address) || e.Address.Equals(IPAddress.Parse("::ffff:127.0.0.1")), $"listens on {e.Address}"));

            using var client = local.CreateClient();
            await client.CreateTableAsync(new CreateTableRequest
            {
                TableName = "smoke",
                KeySchema = [new KeySchemaElement("pk", Amazon.DynamoDBv2.KeyType.HASH)],
                AttributeDefinitions = [new AttributeDefinition("pk", Amazon.DynamoDBv2.ScalarAttributeType.S)],
                BillingMode = Amazon.DynamoDBv2.BillingMode.PAY_PER_REQUEST,
            });
            var tables = await client.ListTablesAsync(new ListTablesRequest());
            Assert.Contains("smoke", tables.TableNames);
        }

        var stillListening = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Any(e => e.Port == port);
        Assert.False(stillListening);
    }

    [Fact]
    public async Task The_server_gets_no_terminal_input_so_a_background_job_cannot_stop_it()
    {
        await using var local = await DynamoDbLocal.StartAsync();

        // Its standard input is a pipe of its own (closed), never the test run's terminal or input.
        var input = ServerProcessChecks.StandardInputOf(local.ProcessId);
        Assert.StartsWith("pipe:", input, StringComparison.Ordinal);
        Assert.NotEqual(ServerProcessChecks.StandardInputOf(Environment.ProcessId), input);
    }

    [Fact]
    public async Task A_killed_parent_leaves_no_server_behind()
    {
        // A stand-in parent killed outright (SIGKILL), as a crashed or killed test run would be: no dispose runs.
        using var parent = System.Diagnostics.Process.Start("sleep", "600");
        var local = await DynamoDbLocal.StartAsync(new DynamoDbLocalOptions { ParentProcessId = parent.Id });
        try
        {
            using (var client = local.CreateClient())
            {
                await client.ListTablesAsync(new ListTablesRequest());
            }

            parent.Kill();
            await parent.WaitForExitAsync();

            Assert.True(await ServerProcessChecks.GoneAsync(local.ProcessId, local.Port, TimeSpan.FromSeconds(15)), "DynamoDB Local outlived its killed parent");
        }
        finally
        {
            await local.DisposeAsync();
        }
    }

    [Fact]
    public async Task Missing_java_gives_a_clear_error()
    {
        var ex = await Assert.ThrowsAsync<TestServerException>(() => DynamoDbLocal.StartAsync(new DynamoDbLocalOptions { JavaExecutable = "/nonexistent/java" }));
        Assert.Contains("Java", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_directory_without_the_jar_gives_a_clear_error()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;
        var ex = await Assert.ThrowsAsync<TestServerException>(() => DynamoDbLocal.StartAsync(new DynamoDbLocalOptions { InstallDirectory = empty }));
        Assert.Contains("DynamoDBLocal.jar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_npm_download_gives_a_clear_error()
    {
        var cache = Directory.CreateTempSubdirectory().FullName;
        var ex = await Assert.ThrowsAsync<TestServerException>(() => DynamoDbLocal.StartAsync(new DynamoDbLocalOptions
        {
            InstallDirectory = null,
            CacheDirectory = cache,
            NpmExecutable = "/nonexistent/npm",
        }));
        Assert.Contains("npm", ex.Message, StringComparison.Ordinal);
    }
}
