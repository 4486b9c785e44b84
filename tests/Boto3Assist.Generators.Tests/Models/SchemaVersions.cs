using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

/// <summary>
/// A customer at schema version 3. Version 1 stored the whole name in "Name" and the address in "Mail"; version 2 split
/// the name into FirstName/LastName; version 3 renamed "Mail" to "Email". Each step appends to "Trail", so tests see
/// which steps ran and in which order.
/// </summary>
[DynamoTable("shop", EntityType = "Customer")]
[PartitionKey("CUSTOMER#{Id}")]
[SortKey("PROFILE")]
[SchemaVersion(3)]
public partial class VersionedCustomer
{
    public string Id { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string? Email { get; init; }

    public string? Trail { get; init; }

    [SchemaUpgrade(2)]
    private static void RenameMail(Dictionary<string, AttributeValue> item)
    {
        if (item.Remove("Mail", out var mail))
        {
            item["Email"] = mail;
        }

        Append(item, "2>3");
    }

    [SchemaUpgrade(1)]
    private static void SplitName(Dictionary<string, AttributeValue> item)
    {
        if (item.Remove("Name", out var name) && name.S is { } full)
        {
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            item["FirstName"] = new AttributeValue { S = space < 0 ? full : full[..space] };
            item["LastName"] = new AttributeValue { S = space < 0 ? "" : full[(space + 1)..] };
        }

        Append(item, "1>2");
    }

    private static void Append(Dictionary<string, AttributeValue> item, string step) =>
        item["Trail"] = new AttributeValue { S = (item.TryGetValue("Trail", out var trail) ? trail.S + ";" : "") + step };
}

/// <summary>A version 2 entity whose only step throws, and whose version attribute has its own name.</summary>
[DynamoTable("shop", EntityType = "Fragile")]
[PartitionKey("FRAGILE#{Id}")]
[SchemaVersion(2, AttributeName = "v")]
public partial record Fragile(string Id, int Count)
{
    [SchemaUpgrade(1)]
    private static void Explode(Dictionary<string, AttributeValue> item) =>
        throw new InvalidOperationException("secret " + item["Count"].N);
}

/// <summary>A polymorphic base: each derived entity has its own schema version, upgraded by its own FromItem.</summary>
[DynamoDerivedType(typeof(VersionedDog))]
[DynamoDerivedType(typeof(VersionedCat))]
public abstract partial record VersionedPet
{
    public required string Id { get; init; }
}

/// <summary>Version 1 stored the name in "nm".</summary>
[DynamoTable("pets", EntityType = "Dog")]
[PartitionKey("DOG#{Id}")]
[SchemaVersion(2)]
public sealed partial record VersionedDog : VersionedPet
{
    public string Name { get; init; } = "";

    [SchemaUpgrade(1)]
    private static void RenameNm(Dictionary<string, AttributeValue> item)
    {
        if (item.Remove("nm", out var name))
        {
            item["Name"] = name;
        }
    }
}

/// <summary>Not versioned.</summary>
[DynamoTable("pets", EntityType = "Cat")]
[PartitionKey("CAT#{Id}")]
public sealed partial record VersionedCat : VersionedPet
{
    public int Lives { get; init; }
}
