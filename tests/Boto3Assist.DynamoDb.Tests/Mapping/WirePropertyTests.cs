using System.Reflection;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Adoption;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// The generated wire writer writes, attribute for attribute, the item ToItem builds, and the generated wire reader reads
/// what FromItem reads (the same entity, or the same error), for arbitrary models of the mapping matrix and of the
/// conventions presets, and for items with any attribute replaced by a value of another type or shape. Seeded.
/// </summary>
[Properties(Arbitrary = [typeof(ModelArbitraries), typeof(WireArbitraries)], MaxTest = 150, Replay = "(20261129,41)")]
public sealed class WirePropertyTests
{
    [Property]
    public void Scalars(ScalarMatrix model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Nullables(NullableMatrix model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Collections(CollectionMatrix model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Nested_types(NestedModel model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Keys_sparse_gsi_ttl_and_discriminator(Order model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Positional_records(Book model) => AssertSameAsAttributeValues(model);

    [Property]
    public void DynamoDbContext_conventions(PresetOrder model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Boto3Assist_conventions(Boto3AssistPresetUser model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Attribute_level_formats(AdoptedOrder model) => AssertSameAsAttributeValues(model);

    [Property]
    public void Scalars_with_one_attribute_replaced(ScalarMatrix model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<ScalarMatrix>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Nullables_with_one_attribute_replaced(NullableMatrix model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<NullableMatrix>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Collections_with_one_attribute_replaced(CollectionMatrix model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<CollectionMatrix>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Nested_types_with_one_attribute_replaced(NestedModel model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<NestedModel>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Orders_with_one_attribute_replaced(Order model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<Order>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Records_with_one_attribute_replaced(Book model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<Book>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Preset_models_with_one_attribute_replaced(PresetOrder model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<PresetOrder>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Boto3Assist_models_with_one_attribute_replaced(Boto3AssistPresetUser model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<Boto3AssistPresetUser>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Property]
    public void Adopted_models_with_one_attribute_replaced(AdoptedOrder model, NonNegativeInt attribute, NonNegativeInt replacement, bool inside)
        => WireJson.AssertReadsAsFromItem<AdoptedOrder>(Replace(model.ToItem(), attribute.Get, replacement.Get, inside));

    [Theory]
    [InlineData(typeof(ScalarMatrix))]
    [InlineData(typeof(NullableMatrix))]
    [InlineData(typeof(CollectionMatrix))]
    [InlineData(typeof(NestedModel))]
    [InlineData(typeof(Order))]
    [InlineData(typeof(Book))]
    [InlineData(typeof(PresetOrder))]
    [InlineData(typeof(Boto3AssistPresetUser))]
    [InlineData(typeof(AdoptedOrder))]
    public void The_generator_declares_its_own_wire_reader_and_writer(Type entity)
    {
        // Not the interface's defaults, which go through FromItem and ToItem.
        Assert.NotNull(entity.GetMethod("FromItemJson", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly));
        Assert.NotNull(entity.GetMethod("WriteItemJson", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));
    }

    private static void AssertSameAsAttributeValues<T>(T model) where T : IDynamoEntity<T>
    {
        var item = model.ToItem();
        WireJson.AssertSameItem(item, WireJson.Item(WireJson.Write(model)));
        DeepEquality.AssertEqual(T.FromItem(item), WireJson.Read<T>(WireJson.Json(item)));
    }

    /// <summary>
    /// The item with one attribute (or, when <paramref name="inside"/>, one entry of a map or element of a list attribute)
    /// replaced by a value of some other type or shape, or removed.
    /// </summary>
    private static Dictionary<string, AttributeValue> Replace(Dictionary<string, AttributeValue> item, int attribute, int replacement, bool inside)
    {
        var names = item.Keys.Order(StringComparer.Ordinal).ToList();
        var name = names[attribute % names.Count];
        var value = Oddities[replacement % Oddities.Length]();
        var target = item[name];
        if (inside && target.M is { Count: > 0 } map)
        {
            var key = map.Keys.Order(StringComparer.Ordinal).ElementAt(attribute % map.Count);
            Set(map, key, value);
        }
        else if (inside && target.L is { Count: > 0 } list)
        {
            list[attribute % list.Count] = value ?? new AttributeValue { NULL = true };
        }
        else
        {
            Set(item, name, value);
        }

        return item;
    }

    private static void Set(Dictionary<string, AttributeValue> map, string key, AttributeValue? value)
    {
        if (value is null)
        {
            map.Remove(key);
        }
        else
        {
            map[key] = value;
        }
    }

    private static MemoryStream Bytes(params byte[] bytes) => new(bytes);

    // Values of every type and of shapes the readers accept from other clients or refuse; null removes the attribute.
    private static readonly Func<AttributeValue?>[] Oddities =
    [
        () => null,
        () => new() { NULL = true },
        () => new() { S = "" },
        () => new() { S = "x" },
        () => new() { S = "1" },
        () => new() { S = "0" },
        () => new() { S = "Red" },
        () => new() { S = "green" },
        () => new() { S = "Shipped" },
        () => new() { S = "Read, Write" },
        () => new() { S = "read,admin" },
        () => new() { S = "2024-05-01T13:45:30.1234567Z" },
        () => new() { S = "2024-05-01T13:45:30+02:00" },
        () => new() { S = "2024-05-01T13:45:30" },
        () => new() { S = "2024-05-01" },
        () => new() { S = "13:45:30" },
        () => new() { S = "1.02:03:04.5" },
        () => new() { S = "0f8fad5b-d9cb-469f-a165-70867728950e" },
        () => new() { S = "{0f8fad5b-d9cb-469f-a165-70867728950e}" },
        () => new() { S = "00ff10" },
        () => new() { S = "AAEC" },
        () => new() { S = "not base64!" },
        () => new() { N = "0" },
        () => new() { N = "1" },
        () => new() { N = "-1" },
        () => new() { N = "2" },
        () => new() { N = "1.5" },
        () => new() { N = "1E3" },
        () => new() { N = "300" },
        () => new() { N = "1E+400" },
        () => new() { N = "1E-400" },
        () => new() { N = "123456789012345678901234567890123456" },
        () => new() { N = "1700000000" },
        () => new() { N = "99999999999999" },
        () => new() { BOOL = true },
        () => new() { BOOL = false },
        () => new() { B = Bytes(1, 2, 3) },
        () => new() { SS = ["a", "b"] },
        () => new() { NS = ["1", "2"] },
        () => new() { NS = ["1.5"] },
        () => new() { BS = [Bytes(1), Bytes(2)] },
        () => new() { L = [] },
        () => new() { L = [new() { S = "a" }] },
        () => new() { L = [new() { NULL = true }] },
        () => new() { L = [new() { N = "1" }, new() { N = "x" }] },
        () => new() { L = [new() { L = [new() { N = "1" }] }] },
        () => new() { M = [] },
        () => new() { M = new() { ["value__"] = new() { N = "1" } } },
        () => new() { M = new() { ["value__"] = new() { N = "7" } } },
        () => new() { M = new() { ["a"] = new() { S = "x" } } },
        () => new() { M = new() { ["Street"] = new() { N = "1" } } },
    ];
}

/// <summary>Models of the conventions presets and of attribute-level formats.</summary>
public static class WireArbitraries
{
    private static Gen<T> Any<T>() => ArbMap.Default.GeneratorFor<T>();

    private static Gen<T?> Nullable<T>(Gen<T> gen) where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<(T, T)> Two<T>(Gen<T> gen) => from a in gen from b in gen select (a, b);

    private static Gen<OrderState> State => Gen.Elements(OrderState.Pending, OrderState.Shipped, OrderState.Cancelled);

    private static Gen<Access> Rights => Gen.Choose(0, 7).Select(i => (Access)i);

    private static Gen<DateTime> Millisecond => ModelArbitraries.UtcDateTime.Select(d => new DateTime(d.Ticks - (d.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc));

    private static Gen<AdoptedAddress?> Address =>
        Gen.OrNull(from street in ModelArbitraries.Text from city in ModelArbitraries.Text select new AdoptedAddress { Street = street, City = city });

    public static Arbitrary<PresetOrder> PresetOrder() => Arb.From(
        from id in ModelArbitraries.KeyText
        from paid in Any<bool>()
        from gift in Nullable(Any<bool>())
        from tags in Gen.ListOf(ModelArbitraries.Text)
        from states in Two(State)
        from previous in Nullable(State)
        from rights in Rights
        from dates in Two(Millisecond)
        from shipped in Nullable(Millisecond)
        from quantity in Any<int>()
        from big in Any<long>()
        from discount in Nullable(Any<int>())
        from total in ModelArbitraries.AnyDecimal
        from weight in ModelArbitraries.FiniteDouble
        from ratio in ModelArbitraries.FiniteSingle
        from note in Gen.OrNull(ModelArbitraries.Text)
        from reference in ModelArbitraries.AnyGuid
        from blob in ModelArbitraries.Bytes
        from labels in Gen.ListOf(ModelArbitraries.Text)
        from counts in Gen.ListOf(Any<int>())
        from shipTo in Address
        select new Adoption.PresetOrder
        {
            Id = id,
            Paid = paid,
            Gift = gift,
            Tags = tags.ToList(),
            State = states.Item1,
            Priority = states.Item2,
            PreviousState = previous,
            Rights = rights,
            PlacedAt = dates.Item1,
            ShippedAt = shipped,
            Quantity = quantity,
            Big = big,
            Discount = discount,
            Total = total,
            Weight = weight,
            Ratio = ratio,
            Note = note,
            Reference = reference,
            Blob = blob,
            Labels = labels.ToHashSet(),
            Counts = counts.ToList(),
            ShipTo = shipTo,
        });

    public static Arbitrary<AdoptedOrder> AdoptedOrder() => Arb.From(
        PresetOrder().Generator.Select(p => new Adoption.AdoptedOrder
        {
            Id = p.Id,
            Paid = p.Paid,
            Gift = p.Gift,
            Tags = p.Tags,
            State = p.State,
            Priority = p.Priority,
            PreviousState = p.PreviousState,
            Rights = p.Rights,
            PlacedAt = p.PlacedAt,
            ShippedAt = p.ShippedAt,
            Quantity = p.Quantity,
            Big = p.Big,
            Discount = p.Discount,
            Total = p.Total,
            Weight = p.Weight,
            Ratio = p.Ratio,
            Note = p.Note,
            Reference = p.Reference,
            Blob = p.Blob,
            Labels = p.Labels,
            Counts = p.Counts,
            ShipTo = p.ShipTo,
        }));

    public static Arbitrary<Boto3AssistPresetUser> Boto3AssistPresetUser() => Arb.From(
        from id in ModelArbitraries.KeyText
        from email in ModelArbitraries.KeyText
        from statuses in Two(Gen.Elements(UserStatus.Active, UserStatus.Suspended, UserStatus.PendingReview))
        from previous in Nullable(Gen.Elements(UserStatus.Active, UserStatus.Suspended))
        from dates in Two(Millisecond)
        from lastLogin in ModelArbitraries.AnyDateTimeOffset
        from admin in Any<bool>()
        from balance in ModelArbitraries.AnyDecimal
        from counts in Any<int>()
        from score in ModelArbitraries.FiniteDouble
        from roles in Gen.ListOf(ModelArbitraries.Text)
        from tags in Gen.ListOf(ModelArbitraries.Text)
        from nickname in Gen.OrNull(ModelArbitraries.Text)
        from external in ModelArbitraries.AnyGuid
        from preferences in Gen.ListOf(Two(ModelArbitraries.Text))
        from avatar in ModelArbitraries.Bytes
        select new Adoption.Boto3AssistPresetUser
        {
            Id = id,
            Email = email,
            Status = statuses.Item1,
            PreviousStatus = previous,
            CreatedUtc = dates.Item1,
            VerifiedUtc = admin ? dates.Item2 : null,
            LastLogin = lastLogin,
            IsAdmin = admin,
            Balance = balance,
            LoginCount = counts,
            Score = score,
            Roles = roles.ToList(),
            Tags = tags.ToHashSet(),
            Nickname = nickname,
            ExternalId = external,
            Preferences = preferences.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2),
            Avatar = avatar,
        });
}
