namespace Boto3Assist.DynamoDb;

/// <summary>The storage class of a table.</summary>
public enum DynamoTableClass
{
    /// <summary><c>STANDARD</c>: the default.</summary>
    Standard = 0,

    /// <summary><c>STANDARD_INFREQUENT_ACCESS</c>: cheaper storage, dearer reads and writes.</summary>
    StandardInfrequentAccess = 1,
}
