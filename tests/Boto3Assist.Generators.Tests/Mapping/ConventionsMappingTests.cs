using System.IO;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>
/// [DynamoConventions]: what ToItem writes under each preset (exact attribute values), that the keys use the same text
/// as the stored members, that FromItem reads it back, and that a member's own EnumFormat wins.
/// </summary>
public class ConventionsMappingTests
{
    private static readonly DateTime Created = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234567);

    private static AttributeValue S(string text) => new() { S = text };

    private static ContextConventionsDocument ContextSample() => new()
    {
        Id = "d1",
        CreatedAt = Created,
        UpdatedAt = new DateTimeOffset(2024, 5, 2, 10, 0, 0, 250, TimeSpan.FromHours(2)),
        Stage = Stage.InReview,
        PreviousStage = Stage.Draft,
        StageByName = Stage.Published,
        Grants = Grants.Read | Grants.Write,
        Pinned = true,
        Archived = false,
        Payload = [0, 1, 2, 255],
        History = [Stage.Draft, Stage.InReview],
        LastChange = new StageChange { To = Stage.InReview, At = Created, Automatic = true },
        ExpiresAt = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void DynamoDBContext_preset_writes_ms_dates_numbered_enums_and_numeric_bools()
    {
        var item = ContextSample().ToItem();

        Assert.Equal("2024-05-01T13:45:30.123Z", item["CreatedAt"].S);
        Assert.Equal("2024-05-02T08:00:00.250Z", item["UpdatedAt"].S);
        Assert.Equal("1", item["Stage"].N);
        Assert.Equal("0", item["PreviousStage"].M["value__"].N); // a nullable enum, boxed as DynamoDBContext stores (and only loads) it
        Assert.Equal("Published", item["StageByName"].S); // the member's own EnumFormat wins
        Assert.Equal("3", item["Grants"].N);
        Assert.Equal("1", item["Pinned"].N);
        Assert.Null(item["Pinned"].BOOL);
        Assert.Equal("0", item["Archived"].N);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, item["Payload"].B.ToArray());
        Assert.Equal(["0", "1"], item["History"].L.Select(e => e.N));
        Assert.Equal("1", item["LastChange"].M["To"].N);
        Assert.Equal("2024-05-01T13:45:30.123Z", item["LastChange"].M["At"].S);
        Assert.Equal("1", item["LastChange"].M["Automatic"].N);
        Assert.Equal("1893456000", item["ExpiresAt"].N); // time to live stays epoch seconds

        // The key holds each value as it is stored.
        Assert.Equal("AT#2024-05-01T13:45:30.123Z#1#1", item["sk"].S);
        Assert.Equal(item["sk"].S, ContextConventionsDocument.Keys.SortKey(Created, Stage.InReview, true));
        Assert.Equal("AT#2024-05-01T13:45:30.123Z#", ContextConventionsDocument.Keys.SortKeyPrefix(Created));
    }

    [Fact]
    public void DynamoDBContext_preset_reads_back_what_it_writes_to_the_millisecond()
    {
        var written = ContextSample();
        var back = ContextConventionsDocument.FromItem(written.ToItem());

        Assert.Equal(new DateTime(2024, 5, 1, 13, 45, 30, 123, DateTimeKind.Utc), back.CreatedAt);
        Assert.Equal(written.UpdatedAt, back.UpdatedAt);
        Assert.Equal((written.Stage, written.PreviousStage, written.StageByName, written.Grants), (back.Stage, back.PreviousStage, back.StageByName, back.Grants));
        Assert.Equal((written.Pinned, written.Archived), (back.Pinned, back.Archived));
        Assert.Equal(written.Payload, back.Payload);
        Assert.Equal(written.History, back.History);
        Assert.Equal((Stage.InReview, true), (back.LastChange!.To, back.LastChange.Automatic));
    }

    [Fact]
    public void Reads_stay_tolerant_under_a_preset_BOOL_and_enum_names_read_where_numbers_are_written()
    {
        var item = ContextSample().ToItem();
        item["Pinned"] = new AttributeValue { BOOL = false };
        item["Stage"] = S("published");
        item["PreviousStage"] = new AttributeValue { M = new() { ["value__"] = new AttributeValue { N = "2" } } };

        var back = ContextConventionsDocument.FromItem(item);

        Assert.False(back.Pinned);
        Assert.Equal(Stage.Published, back.Stage);
        Assert.Equal(Stage.Published, back.PreviousStage);
    }

    private static PythonConventionsDocument PythonSample() => new()
    {
        Id = "Py-Doc-1",
        CreatedAt = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234567),
        LastSeen = new DateTimeOffset(2024, 5, 3, 9, 15, 0, TimeSpan.FromHours(2)),
        Stage = Stage.InReview,
        StageNumber = Stage.Published,
        Grants = Grants.Read | Grants.Write,
        Pinned = true,
        Payload = [0, 1, 2, 255],
        Thumbnail = new byte[] { 0xAB, 0xCD },
        Signature = null,
        LastChange = new StageChange { To = Stage.Published, At = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc), Automatic = false },
    };

    [Fact]
    public void Boto3Assist_preset_writes_python_isoformat_lower_case_names_and_hex_bytes()
    {
        var item = PythonSample().ToItem();

        Assert.Equal("doc#py-doc-1", item["pk"].S);
        Assert.Equal("stage#inreview#2024-05-01T13:45:30.123456+00:00", item["sk"].S);
        Assert.Equal("2024-05-01T13:45:30.123456+00:00", item["created_at"].S);
        Assert.Equal("2024-05-03T07:15:00+00:00", item["last_seen"].S); // no fraction when the microseconds are 0, as Python writes
        Assert.Equal("inreview", item["stage"].S);
        Assert.Equal("2", item["stage_number"].N); // the member's own EnumFormat wins
        Assert.Equal("read, write", item["grants"].S);
        Assert.True(item["pinned"].BOOL);
        Assert.Equal("000102ff", item["payload"].S);
        Assert.Equal("abcd", item["thumbnail"].S);
        Assert.False(item.ContainsKey("signature"));
        Assert.Equal("published", item["last_change"].M["to"].S);
        Assert.Equal("2024-05-01T00:00:00+00:00", item["last_change"].M["at"].S);
        Assert.Equal(item["sk"].S, PythonConventionsDocument.Keys.SortKey(Stage.InReview, PythonSample().CreatedAt));
    }

    [Fact]
    public void Boto3Assist_preset_reads_hex_in_either_case_and_B_too()
    {
        var item = PythonSample().ToItem();
        item["payload"] = S("000102FF");
        item["thumbnail"] = new AttributeValue { B = new MemoryStream([9, 8]) };
        item["signature"] = S("");

        var back = PythonConventionsDocument.FromItem(item);

        Assert.Equal(new byte[] { 0, 1, 2, 255 }, back.Payload);
        Assert.Equal(new byte[] { 9, 8 }, back.Thumbnail.ToArray());
        Assert.Equal([], back.Signature!);
        Assert.Equal(new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234560), back.CreatedAt);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 7, 15, 0, TimeSpan.Zero), back.LastSeen);
        Assert.Equal((Stage.InReview, Stage.Published, Grants.Read | Grants.Write), (back.Stage, back.StageNumber, back.Grants));
    }

    [Theory]
    [InlineData("00010")] // odd
    [InlineData("0g")]
    [InlineData(" 0001")]
    public void Text_that_is_not_hex_is_refused_naming_the_member(string text)
    {
        var item = PythonSample().ToItem();
        item["payload"] = S(text);

        var e = Assert.Throws<DynamoMappingException>(() => PythonConventionsDocument.FromItem(item));

        Assert.Equal(("PythonConventionsDocument", "payload"), (e.Entity, e.Attribute));
        Assert.Contains("hex", e.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void ElectroDB_preset_writes_its_discriminator_version_and_constants()
    {
        var document = new ElectroConventionsDocument { Id = "T-100A", CreatedAt = Created, Stage = Stage.InReview, Pinned = true };
        var item = document.ToItem();

        Assert.Equal("$app#id_t-100a", item["pk"].S);
        Assert.Equal("$document_1#stage_InReview", item["sk"].S);
        Assert.Equal("document", item["__edb_e__"].S);
        Assert.Equal("1", item["__edb_v__"].S);
        Assert.Equal("boto3assist", item["origin"].S);
        Assert.Equal("2024-05-01T13:45:30.123Z", item["CreatedAt"].S);
        Assert.Equal("InReview", item["Stage"].S);
        Assert.True(item["Pinned"].BOOL);
        Assert.Equal(9, item.Count);

        // FromItem ignores the constants.
        var back = ElectroConventionsDocument.FromItem(item);
        Assert.Equal(("T-100A", Stage.InReview), (back.Id, back.Stage));
    }

    [Fact]
    public void A_property_set_beside_a_preset_overrides_it()
    {
        var item = new OverriddenConventionsDocument { Id = "o", Payload = [0, 1, 2, 255], Stage = Stage.InReview, CreatedAt = Created }.ToItem();

        Assert.Equal("AAEC/w==", item["Payload"].S);
        Assert.Equal("InReview", item["Stage"].S);
        Assert.Equal("2024-05-01T13:45:30.123456+00:00", item["CreatedAt"].S); // the rest of the preset stays
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, OverriddenConventionsDocument.FromItem(item).Payload);

        item["Payload"] = S("AAEC/w");
        var e = Assert.Throws<DynamoMappingException>(() => OverriddenConventionsDocument.FromItem(item));
        Assert.Equal("Payload", e.Attribute);
    }

    [Fact]
    public void A_binary_member_key_stored_as_hex_is_a_String_key()
    {
        var item = new HexKeyDocument { Hash = [0xde, 0xad], Name = "n" }.ToItem();

        Assert.Equal("dead", item["Hash"].S);
        Assert.Equal(DynamoKeyType.String, HexKeyDocument.Metadata.Table.PartitionKey.Type);
        Assert.Equal(new byte[] { 0xde, 0xad }, HexKeyDocument.FromItem(item).Hash);
    }

    [Theory]
    [InlineData(DynamoDateTimeFormat.RoundTrip, "2024-05-01T13:45:30.0000010Z")]
    [InlineData(DynamoDateTimeFormat.UtcMilliseconds, "2024-05-01T13:45:30.000Z")]
    [InlineData(DynamoDateTimeFormat.PythonIsoFormat, "2024-05-01T13:45:30.000001+00:00")]
    public void Date_text_of_each_format(DynamoDateTimeFormat format, string expected)
    {
        var value = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(10);

        Assert.Equal(expected, DynamoDateTime.Format(value, format));
        // A DateTimeOffset is written as the same instant in UTC ("O" writes its zero offset as +00:00).
        Assert.Equal(format == DynamoDateTimeFormat.RoundTrip ? "2024-05-01T13:45:30.0000010+00:00" : expected, DynamoDateTime.Format(new DateTimeOffset(value).ToOffset(TimeSpan.FromHours(-4)), format));
        Assert.Equal(value.AddTicks(format == DynamoDateTimeFormat.UtcMilliseconds ? -10 : 0), AttributeValueReader.DateTime(S(expected), "E", "At"));
    }
}
