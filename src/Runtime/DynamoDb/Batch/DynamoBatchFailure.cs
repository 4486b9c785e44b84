using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>One put, delete or get of a batch that was not confirmed.</summary>
/// <param name="TableName">The table.</param>
/// <param name="EntityName">The entity.</param>
/// <param name="Operation"><c>Put</c> or <c>Delete</c> (or <c>Get</c> for a batch read).</param>
/// <param name="Key">The item's primary key.</param>
/// <param name="Reason">Why it was not confirmed (no values in it).</param>
/// <param name="Outcome">
/// <see cref="DynamoBatchOutcome.NotProcessed"/> (not written or read: safe to send again), or
/// <see cref="DynamoBatchOutcome.Unknown"/> (a write sent without an answer: it may be stored).
/// </param>
public sealed record DynamoBatchFailure(
    string TableName,
    string EntityName,
    string Operation,
    IReadOnlyDictionary<string, AttributeValue> Key,
    string Reason,
    DynamoBatchOutcome Outcome = DynamoBatchOutcome.NotProcessed)
{
    /// <summary>
    /// Set when the item was never sent because it breaks one of DynamoDB's limits (an item over 400 KB, a key value
    /// too long or empty, maps nested too deep): the same exception a single write throws, naming entity, attribute and
    /// <see cref="DynamoInvalidRequestException.Limit"/>. Such an item is <see cref="DynamoBatchOutcome.NotProcessed"/>
    /// and sending it again fails the same way.
    /// </summary>
    public DynamoInvalidRequestException? Refusal { get; init; }

    /// <summary>The key as text.</summary>
    public string KeyText => AttributeValueText.Readable(Key);

    /// <summary>The failure as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Operation} {EntityName} {AttributeValueText.ShownKey(Key)} in '{TableName}': {(Outcome == DynamoBatchOutcome.Unknown ? "unknown (sent, no answer)" : "not processed")}: {Reason}";
}
