using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>One item whose keys differ from what the entity's current templates produce.</summary>
/// <param name="OldKey">The stored primary key, as text.</param>
/// <param name="NewKey">The new primary key as text when the primary key changes; <see langword="null"/> when only index keys change.</param>
/// <param name="Attributes">The key attributes that change, each as <c>name: old -&gt; new</c> (a missing value shows as <c>(none)</c>).</param>
public sealed record DynamoReindexChange(string OldKey, string? NewKey, IReadOnlyList<string> Attributes);
