namespace Boto3Assist.DynamoDb;

/// <summary>How member names become DynamoDB attribute names.</summary>
public enum DynamoNamingPolicy
{
    /// <summary>The member name as written (<c>OrderId</c>).</summary>
    AsIs = 0,

    /// <summary>camelCase (<c>orderId</c>).</summary>
    CamelCase = 1,

    /// <summary>snake_case (<c>order_id</c>).</summary>
    SnakeCase = 2,
}
