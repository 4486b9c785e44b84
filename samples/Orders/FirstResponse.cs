using Amazon.DynamoDBv2;
using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders;

/// <summary>
/// The cold start of a function built on the library: create the client and the data context, read one customer (what
/// a Lambda function's first invocation waits for) and exit. benchmarks/coldstart times it from outside, exec to exit,
/// median of 10 native runs per transport (a process's own start time in /proc has a 10 ms resolution).
/// </summary>
public static class FirstResponse
{
    public static async Task<int> RunAsync(SampleOptions options, IAmazonDynamoDB client)
    {
        using (client)
        {
            var dataAccess = new DynamoDataAccessOptions { Transport = options.Transport };
            if (options.TableName is { } table)
            {
                dataAccess.TableNames[Customer.Metadata.Table.TableName] = table;
            }

            var customers = new DynamoDataContext(client, dataAccess).Repository<Customer>();
            await customers.GetAsync(Customer.Keys.PrimaryKey("cold-start"));
            Console.WriteLine("first response received");
            return 0;
        }
    }
}
