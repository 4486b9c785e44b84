using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;
using FsCheck.Xunit;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// <see cref="DynamoSchemaUpgrades"/>, the helper behind a versioned entity's FromItem: over any current version, any
/// set of declared steps and any stored version, exactly the declared steps from the stored version up run, in order,
/// on a copy; current and newer items pass untouched.
/// </summary>
[Properties(MaxTest = 300)]
public sealed class SchemaUpgradePropertyTests
{
    private const string Attribute = "_schema_version";

    /// <summary>Steps for the versions <paramref name="declared"/> marks (1-based), each appending its version to "trail".</summary>
    private static DynamoSchemaUpgrades Upgrades(int current, bool[] declared)
    {
        var steps = new List<DynamoSchemaUpgradeStep>();
        for (var from = current - 1; from >= 1; from--) // declared in reverse: the order of declaration does not matter
        {
            if (from - 1 < declared.Length && declared[from - 1])
            {
                var version = from;
                steps.Add(new DynamoSchemaUpgradeStep(version, "Step" + version, item =>
                    item["trail"] = new AttributeValue { S = (item.TryGetValue("trail", out var t) ? t.S : "") + version.ToString(CultureInfo.InvariantCulture) + ";" }));
            }
        }

        return new DynamoSchemaUpgrades("E", Attribute, current, steps);
    }

    private static Dictionary<string, AttributeValue> Item(int? stored)
    {
        var item = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "A" } };
        if (stored is { } version)
        {
            item[Attribute] = new AttributeValue { N = version.ToString(CultureInfo.InvariantCulture) };
        }

        return item;
    }

    [Property]
    public void The_declared_steps_from_the_stored_version_up_run_in_order_on_a_copy(byte currentSeed, byte storedSeed, bool[] declared, bool omitVersion)
    {
        var current = 1 + (currentSeed % 12);
        var stored = omitVersion ? 1 : 1 + (storedSeed % current);
        var upgrades = Upgrades(current, declared ?? []);
        var item = Item(omitVersion ? null : stored);
        var before = new Dictionary<string, AttributeValue>(item);

        var upgraded = upgrades.Upgrade(item);

        var expected = string.Concat(Enumerable.Range(stored, current - stored).Where(v => v - 1 < (declared?.Length ?? 0) && declared![v - 1]).Select(v => v + ";"));
        Assert.Equal(expected.Length == 0 ? null : expected, upgraded.TryGetValue("trail", out var trail) ? trail.S : null);
        Assert.Equal(before, item); // the item read is never changed
        if (stored == current)
        {
            Assert.Same(item, upgraded);
        }
        else
        {
            Assert.NotSame(item, upgraded);
            Assert.Equal(current.ToString(CultureInfo.InvariantCulture), upgraded[Attribute].N); // upgrading again is a no-op
            Assert.Same(upgraded, upgrades.Upgrade(upgraded));
        }
    }

    [Property]
    public void Items_of_a_newer_version_are_read_as_they_are(byte currentSeed, byte aheadSeed)
    {
        var current = 1 + (currentSeed % 12);
        var item = Item(current + 1 + (aheadSeed % 50));
        Assert.Same(item, Upgrades(current, [true, true, true, true, true, true, true, true, true, true, true]).Upgrade(item));
    }

    [Fact]
    public void A_missing_or_NULL_version_is_1_and_a_bad_one_is_a_mapping_error()
    {
        var upgrades = Upgrades(3, [true, true]);
        Assert.Equal(1, upgrades.StoredVersion(Item(null)));
        Assert.Equal(1, upgrades.StoredVersion(new Dictionary<string, AttributeValue> { [Attribute] = new() { NULL = true } }));
        foreach (var bad in new[] { new AttributeValue { N = "0" }, new AttributeValue { N = "-2" }, new AttributeValue { N = "1.5" }, new AttributeValue { S = "2" } })
        {
            var e = Assert.Throws<DynamoMappingException>(() => upgrades.Upgrade(new Dictionary<string, AttributeValue> { [Attribute] = bad }));
            Assert.Equal(("E", Attribute), (e.Entity, e.Attribute));
        }
    }

    [Fact]
    public void A_step_that_throws_is_named_with_its_version_and_the_values_are_not_shown()
    {
        var upgrades = new DynamoSchemaUpgrades("Customer", Attribute, 3, [
            new DynamoSchemaUpgradeStep(1, "SplitName", _ => { }),
            new DynamoSchemaUpgradeStep(2, "ParseTotal", item => throw new FormatException("bad total " + item["total"].N)),
        ]);
        var item = Item(null);
        item["total"] = new AttributeValue { N = "12345" };

        var e = Assert.Throws<DynamoMappingException>(() => upgrades.Upgrade(item));

        Assert.Equal(("Customer", Attribute), (e.Entity, e.Attribute));
        Assert.Equal("the item upgraded from schema version 2 to 3 by the step 'ParseTotal'", e.Expected);
        Assert.Equal("the step threw FormatException", e.Found);
        Assert.DoesNotContain("12345", e.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(e.InnerException);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Steps_outside_1_to_n_minus_1_are_refused(int from) =>
        Assert.Throws<ArgumentException>(() => new DynamoSchemaUpgrades("E", Attribute, 3, [new DynamoSchemaUpgradeStep(from, "S", _ => { })]));

    [Fact]
    public void Two_steps_for_one_version_are_refused() =>
        Assert.Throws<ArgumentException>(() => new DynamoSchemaUpgrades("E", Attribute, 3, [new DynamoSchemaUpgradeStep(1, "A", _ => { }), new DynamoSchemaUpgradeStep(1, "B", _ => { })]));
}
