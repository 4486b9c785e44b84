namespace Boto3Assist.DynamoDb;

/// <summary>How a table pays for reads and writes.</summary>
public enum DynamoBillingMode
{
    /// <summary>On-demand (<c>PAY_PER_REQUEST</c>): no capacity to plan; the default.</summary>
    OnDemand = 0,

    /// <summary>Provisioned (<c>PROVISIONED</c>): read and write capacity units set on the table and each global index.</summary>
    Provisioned = 1,
}
