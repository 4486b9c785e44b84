using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DataAccess.Tests.Entities;

/// <summary>
/// Written by hand exactly as the generator emits an entity (see docs/generated-api.md), so the runtime can be tested
/// before and independently of the generator: table "shop", pk "CUSTOMER#{CustomerId}", sk "PROFILE",
/// discriminator "_type" = "Customer", version member.
/// </summary>
public sealed partial record Customer : IDynamoEntity<Customer>
{
    public required string CustomerId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public int LoginCount { get; init; }
    public HashSet<string>? Tags { get; init; }
    public long Version { get; init; }

    private static readonly DynamoKeyAttributeDefinition Pk = new("pk", DynamoKeyType.String, "CUSTOMER#{CustomerId}", ["CustomerId"]);
    private static readonly DynamoKeyAttributeDefinition Sk = new("sk", DynamoKeyType.String, "PROFILE", []);
    private static readonly DynamoIndexDefinition Gsi1 = new("gsi1", new("gsi1_pk", DynamoKeyType.String, "EMAIL#{Email}", ["Email"]), new("gsi1_sk", DynamoKeyType.String, "CUSTOMER", []));

    public static DynamoEntityMetadata Metadata { get; } = new(
        "Customer",
        "Customer",
        "_type",
        new DynamoTableDefinition("shop", Pk, Sk, [Gsi1], "expires_at"),
        [
            new("CustomerId", "CustomerId", true),
            new("Name", "Name", false),
            new("Email", "Email", false),
            new("LoginCount", "LoginCount", false),
            new("Tags", "Tags", false),
            new("Version", "Version", false),
        ],
        "Version");

    public static class Keys
    {
        public static string PartitionKey(string customerId) => "CUSTOMER#" + customerId;
        public static string SortKey() => "PROFILE";
        public static Dictionary<string, AttributeValue> PrimaryKey(string customerId) => new()
        {
            ["pk"] = new AttributeValue { S = PartitionKey(customerId) },
            ["sk"] = new AttributeValue { S = SortKey() },
        };
    }

    public static class Fields
    {
        public static readonly DynamoField<Customer, string> CustomerId = new("CustomerId", "CustomerId", AttributeValueWriter.String);
        public static readonly DynamoField<Customer, string> Name = new("Name", "Name", AttributeValueWriter.String);
        public static readonly DynamoField<Customer, string?> Email = new("Email", "Email", v => AttributeValueWriter.String(v!));
        public static readonly DynamoField<Customer, int> LoginCount = new("LoginCount", "LoginCount", v => AttributeValueWriter.Integer(v));
        public static readonly DynamoField<Customer, HashSet<string>?> Tags = new("Tags", "Tags", v => v!.Count == 0 ? null : new AttributeValue { SS = v.ToList() });
        public static readonly DynamoField<Customer, long> Version = new("Version", "Version", v => AttributeValueWriter.Integer(v));
    }

    public Dictionary<string, AttributeValue> ToItem()
    {
        var item = ToKey();
        item["_type"] = new AttributeValue { S = "Customer" };
        item["CustomerId"] = AttributeValueWriter.String(CustomerId);
        item["Name"] = AttributeValueWriter.String(Name);
        if (Email is not null)
        {
            item["Email"] = AttributeValueWriter.String(Email);
            item["gsi1_pk"] = new AttributeValue { S = "EMAIL#" + Email };
            item["gsi1_sk"] = new AttributeValue { S = "CUSTOMER" };
        }

        item["LoginCount"] = AttributeValueWriter.Integer(LoginCount);
        if (Tags is { Count: > 0 })
        {
            item["Tags"] = new AttributeValue { SS = Tags.ToList() };
        }

        item["Version"] = AttributeValueWriter.Integer(Version);
        return item;
    }

    public Dictionary<string, AttributeValue> ToKey() => Keys.PrimaryKey(CustomerId);

    public static Customer FromItem(IReadOnlyDictionary<string, AttributeValue> item) => new()
    {
        CustomerId = AttributeValueReader.TryGet(item, "CustomerId", out var id) ? AttributeValueReader.String(id, "Customer", "CustomerId") : throw new DynamoMappingException("Customer", "CustomerId", "S", "nothing"),
        Name = AttributeValueReader.TryGet(item, "Name", out var name) ? AttributeValueReader.String(name, "Customer", "Name") : throw new DynamoMappingException("Customer", "Name", "S", "nothing"),
        Email = AttributeValueReader.TryGet(item, "Email", out var email) ? AttributeValueReader.String(email, "Customer", "Email") : null,
        LoginCount = AttributeValueReader.TryGet(item, "LoginCount", out var count) ? AttributeValueReader.Number<int>(count, "Customer", "LoginCount") : 0,
        Tags = AttributeValueReader.TryGet(item, "Tags", out var tags) ? AttributeValueReader.StringSet(tags, "Customer", "Tags") : null,
        Version = AttributeValueReader.TryGet(item, "Version", out var version) ? long.Parse(version.N, CultureInfo.InvariantCulture) : 0,
    };
}
