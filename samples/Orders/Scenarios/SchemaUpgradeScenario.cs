using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Orders.Scenarios;

/// <summary>
/// A customer's loyalty account, at schema version 2. Version 1 (the code before) stored the balance as text in
/// "points" and had no tier; version 2 stores a number in "Points" and the tier. The step below turns a stored version 1
/// item into a version 2 one; FromItem runs it on every older item it reads.
/// </summary>
[DynamoTable("orders", EntityType = "Loyalty")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("LOYALTY")]
[SchemaVersion(2)]
public sealed partial record LoyaltyAccount
{
    public required string CustomerId { get; init; }

    public int Points { get; init; }

    public string Tier { get; init; } = "Bronze";

    [SchemaUpgrade(1)]
    private static void PointsAsNumber(Dictionary<string, AttributeValue> item)
    {
        if (item.Remove("points", out var text) && int.TryParse(text.S, NumberStyles.Integer, CultureInfo.InvariantCulture, out var points))
        {
            item["Points"] = new AttributeValue { N = points.ToString(CultureInfo.InvariantCulture) };
            item["Tier"] = new AttributeValue { S = points >= 1000 ? "Gold" : "Bronze" };
        }
    }
}

/// <summary>
/// A schema upgrade: an item written by the old code is read as the current model, then the migrator rewrites it at
/// the current version (a dry run first), and a second run finds nothing left to do.
/// </summary>
public static class SchemaUpgradeScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken ct)
    {
        var console = context.Console;
        console.Section("Schema versions: reading and migrating an item written by older code");
        var data = DataAccessSetup.Create(context);
        var key = LoyaltyAccount.Keys.PrimaryKey("c-legacy");

        // What version 1 of the code wrote (no version attribute: version 1).
        var old = new Dictionary<string, AttributeValue>(key)
        {
            ["_type"] = new AttributeValue { S = "Loyalty" },
            ["CustomerId"] = new AttributeValue { S = "c-legacy" },
            ["points"] = new AttributeValue { S = "1250" },
        };
        await context.Client.PutItemAsync(new PutItemRequest { TableName = context.TableName, Item = old }, ct);

        var account = await data.Repository<LoyaltyAccount>().GetAsync(key, consistentRead: true, cancellationToken: ct);
        console.CheckEqual(1250, account?.Points, "the version 1 item reads as the current model: 1250 points (from the text \"1250\")");
        console.CheckEqual("Gold", account?.Tier, "and its tier, which version 1 did not store");

        var migrator = new DynamoSchemaMigrator<LoyaltyAccount>(data);
        var preview = await migrator.RunAsync(new DynamoSchemaMigrationOptions { DryRun = true }, cancellationToken: ct);
        foreach (var change in preview.Changes)
        {
            console.Line($"would upgrade {change.Key} from version {change.FromVersion} to {change.ToVersion}");
        }

        console.CheckEqual(1L, preview.Progress.Upgraded, "the dry run finds one item to upgrade");
        console.Check((await context.GetRawAsync(key, ct))?.ContainsKey("points") == true, "the dry run writes nothing");

        var result = await migrator.RunAsync(cancellationToken: ct);
        console.Line($"scanned {result.Progress.Scanned}, upgraded {result.Progress.Upgraded}, conflicts {result.Progress.Conflicts}, failed {result.Progress.Failed}");
        var stored = await context.GetRawAsync(key, ct);
        console.CheckEqual("2", stored?.GetValueOrDefault("_schema_version")?.N, "the stored item is now version 2");
        console.CheckEqual("1250", stored?.GetValueOrDefault("Points")?.N, "with its points as a number");
        console.Check(stored?.ContainsKey("points") == false, "and without the old text attribute");

        var again = await migrator.RunAsync(cancellationToken: ct);
        console.CheckEqual(0L, again.Progress.Scanned, "a second run finds no item of an older version");
    }
}
