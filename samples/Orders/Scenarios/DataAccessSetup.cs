using Boto3Assist.DynamoDb;

namespace Orders.Scenarios;

/// <summary>
/// The data access layer for the data access scenarios: one <see cref="DynamoDataContext"/> whose "orders" table is
/// mapped to the table this run created (run-time table names), on the transport the command line chose, with typed
/// repositories from it.
/// </summary>
public static class DataAccessSetup
{
    public static DynamoDataContext Create(SampleContext context)
        => new(context.Client, new DynamoDataAccessOptions { TableNames = { ["orders"] = context.TableName }, Transport = context.Transport });
}
