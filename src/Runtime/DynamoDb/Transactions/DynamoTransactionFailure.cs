using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>Why one action of a cancelled transaction failed.</summary>
/// <param name="Index">The action's position (0-based, in the order added).</param>
/// <param name="Action">The action, such as <c>Put Order {pk=..., sk=...}</c>.</param>
/// <param name="Code">DynamoDB's reason code: <c>ConditionalCheckFailed</c>, <c>TransactionConflict</c>, <c>ItemCollectionSizeLimitExceeded</c>, <c>ValidationError</c>...</param>
/// <param name="Message">DynamoDB's message, if any.</param>
/// <param name="CurrentItem">The item as stored now, for a failed condition.</param>
/// <param name="IsVersionConflict">The action expected a version the stored item does not have.</param>
public sealed record DynamoTransactionFailure(int Index, string Action, string Code, string? Message, IReadOnlyDictionary<string, AttributeValue>? CurrentItem, bool IsVersionConflict)
{
    /// <summary>The failure as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"#{Index} {Action}: {Code}{(IsVersionConflict ? " (version conflict)" : string.Empty)}{(Message is null ? string.Empty : " - " + Message)}";
}
