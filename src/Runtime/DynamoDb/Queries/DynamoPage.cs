using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>One page of a query or scan: its items and the token to read the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="ContinuationToken">An opaque, URL-safe token for the next page, or <see langword="null"/> when this was the last page.</param>
public sealed record DynamoPage<T>(IReadOnlyList<T> Items, string? ContinuationToken)
{
    /// <summary>Whether another page may follow.</summary>
    public bool HasMore => ContinuationToken is not null;
}
