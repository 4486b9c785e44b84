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
