using Amazon.DynamoDBv2;
using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders;

/// <summary>
/// The cold start of a function built on the library: create the data context, read one customer (what a Lambda
/// function's first invocation waits for) and exit. On the SDK transport the context is built on an SDK client; on the
/// HTTP transport with <see cref="DynamoDataContext.ForHttp"/>, without one (the SDK client's set-up is what the HTTP
/// transport saves at start). benchmarks/coldstart times it from outside, exec to exit, median of 10 native runs per
/// transport (a process's own start time in /proc has a 10 ms resolution).
/// </summary>
public static class FirstResponse
{
    public static async Task<int> RunAsync(SampleOptions options)
    {
        var dataAccess = new DynamoDataAccessOptions { Transport = options.Transport };
        if (options.TableName is { } table)
        {
            dataAccess.TableNames[Customer.Metadata.Table.TableName] = table;
        }

        var endpoint = options.Endpoint!;
        IAmazonDynamoDB? client = null;
        try
        {
            var context = options.Transport == DynamoTransportKind.Http
                ? DynamoDataContext.ForHttp(SampleClient.Config(endpoint), SampleClient.Credentials(), dataAccess)
                : new DynamoDataContext(client = SampleClient.Create(endpoint), dataAccess);
            await context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("cold-start"));
            Console.WriteLine("first response received");
            return 0;
        }
        finally
        {
            client?.Dispose();
        }
    }
}
