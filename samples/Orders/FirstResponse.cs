using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders;

/// <summary>
/// The cold start of a function built on the library: from process start to the first DynamoDB response of a typed
/// read (what a Lambda function's first invocation waits for), printed as <c>first-response-ms=N</c>. Measured by
/// benchmarks/coldstart (median of 10 native runs per transport).
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
            var elapsed = DateTime.Now - Process.GetCurrentProcess().StartTime;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first-response-ms={elapsed.TotalMilliseconds:F1}"));
            return 0;
        }
    }
}
