using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.SchemaVersions;

/// <summary>
/// A club member at schema version 3, in the "shop" table. Version 1 stored the whole name in "Name" and the address in
/// "Mail"; version 2 split the name into FirstName/LastName; version 3 renamed "Mail" to "Email". A version 1 item
/// with an empty name cannot be upgraded (its step throws). <see cref="DuringUpgrade"/> lets a test act between a
/// reader's read and its write (a concurrent writer).
/// </summary>
[DynamoTable("shop", EntityType = "Member")]
[PartitionKey("MEMBER#{MemberId}")]
[SortKey("PROFILE")]
[SchemaVersion(3)]
public sealed partial record Member
{
    private static readonly AsyncLocal<Action<IReadOnlyDictionary<string, AttributeValue>>?> Hook = new();

    public required string MemberId { get; init; }

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string? Email { get; init; }

    [DynamoVersion]
    public long Version { get; init; }

    /// <summary>Called with the stored item when a version 1 item is upgraded, in this async flow only.</summary>
    public static Action<IReadOnlyDictionary<string, AttributeValue>>? DuringUpgrade
    {
        get => Hook.Value;
        set => Hook.Value = value;
    }

    [SchemaUpgrade(1)]
    private static void SplitName(Dictionary<string, AttributeValue> item)
    {
        DuringUpgrade?.Invoke(item);
        var full = item.Remove("Name", out var name) ? name.S : null;
        if (string.IsNullOrEmpty(full))
        {
            throw new InvalidOperationException("A version 1 member without a name cannot be split.");
        }

        var space = full.IndexOf(' ', StringComparison.Ordinal);
        item["FirstName"] = new AttributeValue { S = space < 0 ? full : full[..space] };
        item["LastName"] = new AttributeValue { S = space < 0 ? "" : full[(space + 1)..] };
    }

    [SchemaUpgrade(2)]
    private static void RenameMail(Dictionary<string, AttributeValue> item)
    {
        if (item.Remove("Mail", out var mail))
        {
            item["Email"] = mail;
        }
    }
}
