namespace Boto3Assist.DynamoDb;

/// <summary>The scalar type of a key attribute.</summary>
public enum DynamoKeyType
{
    /// <summary>String (<c>S</c>).</summary>
    String = 0,

    /// <summary>Number (<c>N</c>).</summary>
    Number = 1,

    /// <summary>Binary (<c>B</c>).</summary>
    Binary = 2,
}
