using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>One put or delete of a batch that was not written.</summary>
/// <param name="TableName">The table.</param>
/// <param name="EntityName">The entity.</param>
/// <param name="Operation"><c>Put</c> or <c>Delete</c> (or <c>Get</c> for a batch read).</param>
/// <param name="Key">The item's primary key.</param>
/// <param name="Reason">Why it was not written.</param>
public sealed record DynamoBatchFailure(string TableName, string EntityName, string Operation, IReadOnlyDictionary<string, AttributeValue> Key, string Reason)
{
    /// <summary>The key as text.</summary>
    public string KeyText => AttributeValueText.Readable(Key);

    /// <summary>The failure as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Operation} {EntityName} {KeyText} in '{TableName}': {Reason}";
}
