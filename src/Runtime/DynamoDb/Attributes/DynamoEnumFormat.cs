namespace Boto3Assist.DynamoDb;

/// <summary>How an enum value is stored.</summary>
public enum DynamoEnumFormat
{
    /// <summary>As its name, a String (<c>S</c>).</summary>
    Name = 0,

    /// <summary>As its underlying number, a Number (<c>N</c>).</summary>
    Number = 1,
}
