using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>Why one action of a cancelled transaction failed.</summary>
/// <param name="Index">The action's position (0-based, in the order added).</param>
/// <param name="Action">The action, such as <c>Put Order {pk=..., sk=...}</c>.</param>
/// <param name="Code">DynamoDB's reason code: <c>ConditionalCheckFailed</c>, <c>TransactionConflict</c>, <c>ItemCollectionSizeLimitExceeded</c>, <c>ValidationError</c>...</param>
/// <param name="Message">DynamoDB's message, if any.</param>
/// <param name="CurrentItem">The item as stored now, for a failed condition.</param>
/// <param name="IsVersionConflict">
/// The action expected a version the stored item does not have: it lost a race (DynamoDB reports
/// <c>ConditionalCheckFailed</c>; this tells a lost race from any other failed condition).
/// </param>
public sealed record DynamoTransactionFailure(int Index, string Action, string Code, string? Message, IReadOnlyDictionary<string, AttributeValue>? CurrentItem, bool IsVersionConflict)
{
    /// <summary>The entity (CLR type) name of the action, or <see langword="null"/> when unknown.</summary>
    public string? Entity { get; init; }

    /// <summary>The version the action expected (0: a new item or an item never written by a versioned write), or <see langword="null"/> when it checked none.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>The version stored now (0 when the item has none), or <see langword="null"/> when the item does not exist or the entity is not versioned.</summary>
    public long? CurrentVersion { get; init; }

    /// <summary>
    /// The discriminator of the item stored now when it names another entity type than the action's (the key holds
    /// another entity's item, so the action's condition failed); otherwise <see langword="null"/>.
    /// </summary>
    public string? StoredEntityType { get; init; }

    /// <summary>The item stored now mapped to the action's entity, or <see langword="null"/> (no item, or it could not be mapped).</summary>
    public object? CurrentEntity { get; init; }

    /// <summary>The current item as <typeparamref name="TEntity"/>, or <see langword="null"/>: merge with it and retry.</summary>
    /// <typeparam name="TEntity">The entity type of the action.</typeparam>
    /// <returns>The current entity.</returns>
    public TEntity? Current<TEntity>() where TEntity : class => CurrentEntity as TEntity;

    /// <summary>The failure as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => $"#{Index} {Action}: {Code}{(IsVersionConflict ? VersionText() : string.Empty)}{(StoredEntityType is null ? string.Empty : $" (the item is {DynamoEntityTypeMismatchException.Article(StoredEntityType)}, not {DynamoEntityTypeMismatchException.Article(Entity ?? "?")})")}{(Message is null ? string.Empty : " - " + Message)}";

    private string VersionText()
        => " (version conflict: expected version " + ExpectedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture)
           + (CurrentVersion is { } current ? ", stored version " + current.ToString(System.Globalization.CultureInfo.InvariantCulture) : ", the item does not exist") + ")";
}
