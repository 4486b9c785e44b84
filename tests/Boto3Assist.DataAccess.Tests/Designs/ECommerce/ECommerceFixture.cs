using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ECommerce;

/// <summary>The e-commerce table of one test class, created from the entities' merged definitions.</summary>
internal static class ECommerceTable
{
    public static async Task<DynamoDataContext> CreateAsync(DynamoDbFixture fixture, string suffix)
    {
        var context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-" + suffix });
        await DynamoTableCreator.CreateIfNotExistsAsync(
            fixture.Client,
            DynamoTableDefinitions.Merge([Customer.Metadata, CustomerEmail.Metadata, Order.Metadata, OrderItem.Metadata]),
            context.TableNames.For<Customer>());
        return context;
    }

    /// <summary>The order id of the n-th order (fixed width, so ids sort by creation like the book's KSUIDs).</summary>
    public static string OrderId(int n) => n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
