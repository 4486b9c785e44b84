using System.Buffers;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>
/// The generated wire readers and writers (<c>FromItemJson</c>, <c>WriteItemJson</c>) next to the AttributeValue path
/// (<c>FromItem</c>, <c>ToItem</c>) and the runtime's own DynamoDB JSON reader and writer, to compare them.
/// </summary>
internal static class WireJson
{
    /// <summary>The item <see cref="IDynamoEntity{TSelf}.WriteItemJson"/> writes.</summary>
    public static byte[] Write<T>(T model) where T : IDynamoEntity<T>
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            model.WriteItemJson(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>An AttributeValue item as DynamoDB JSON (what DynamoDB would send).</summary>
    public static byte[] Json(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DynamoItemJson.WriteItem(writer, item);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>DynamoDB JSON parsed into AttributeValues by the runtime's reader.</summary>
    public static Dictionary<string, AttributeValue> Item(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return DynamoItemJson.ReadItem(ref reader);
    }

    /// <summary>
    /// <see cref="IDynamoEntity{TSelf}.FromItemJson"/> of the item; checks that the reader is left on the item's <c>}</c>.
    /// </summary>
    public static T Read<T>(byte[] json, bool isFinalBlock = true) where T : IDynamoEntity<T>
    {
        // DynamoDB nests 32 levels, two JSON levels each ({"M":{...}}): more than the reader's default depth of 64.
        var reader = new Utf8JsonReader(json, isFinalBlock, new JsonReaderState(new JsonReaderOptions { MaxDepth = 128 }));
        reader.Read();
        var value = T.FromItemJson(ref reader);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.Equal(json.Length, (int)reader.BytesConsumed);
        return value;
    }

    /// <summary>The same attributes with the same values (sets without order).</summary>
    public static void AssertSameItem(IReadOnlyDictionary<string, AttributeValue> expected, IReadOnlyDictionary<string, AttributeValue> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var pair in expected)
        {
            Assert.Equal(CanonicalAttributeValue.Of(pair.Value), CanonicalAttributeValue.Of(actual[pair.Key]));
        }
    }

    /// <summary>
    /// FromItemJson of the item (as DynamoDB JSON) does what FromItem does: the same entity member by member, or the same
    /// <see cref="DynamoMappingException"/> (entity, attribute path, expected, found).
    /// </summary>
    public static void AssertReadsAsFromItem<T>(Dictionary<string, AttributeValue> item) where T : IDynamoEntity<T>
    {
        T? expected = default;
        DynamoMappingException? expectedError = null;
        try
        {
            expected = T.FromItem(item);
        }
        catch (DynamoMappingException e)
        {
            expectedError = e;
        }

        var json = Json(item);
        if (expectedError is null)
        {
            DeepEquality.AssertEqual(expected, Read<T>(json));
            return;
        }

        var actual = Assert.Throws<DynamoMappingException>(() => Read<T>(json));
        Assert.Equal(
            (expectedError.Entity, expectedError.Attribute, expectedError.Expected, expectedError.Found),
            (actual.Entity, actual.Attribute, actual.Expected, actual.Found));
    }

    /// <summary>FromItem refuses the item, and FromItemJson refuses it with the same error; returns FromItem's.</summary>
    public static DynamoMappingException ThrowsFromBoth<T>(Dictionary<string, AttributeValue> item) where T : IDynamoEntity<T>
    {
        var expected = Assert.Throws<DynamoMappingException>(() => T.FromItem(item));
        var json = Json(item);
        var actual = Assert.Throws<DynamoMappingException>(() => Read<T>(json));
        Assert.Equal((expected.Entity, expected.Attribute, expected.Expected, expected.Found), (actual.Entity, actual.Attribute, actual.Expected, actual.Found));
        return expected;
    }

    /// <summary>ToItem refuses the model, and WriteItemJson refuses it with the same error; returns ToItem's.</summary>
    public static DynamoMappingException ThrowsToBoth<T>(T model) where T : IDynamoEntity<T>
    {
        var expected = Assert.Throws<DynamoMappingException>(() => model.ToItem());
        var actual = Assert.Throws<DynamoMappingException>(() => Write(model));
        Assert.Equal((expected.Entity, expected.Attribute, expected.Expected, expected.Found), (actual.Entity, actual.Attribute, actual.Expected, actual.Found));
        return expected;
    }
}
