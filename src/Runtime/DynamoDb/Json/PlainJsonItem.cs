using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Reads an item written as plain JSON (<c>{"pk":"A#1","total":12.5,"tags":["a"]}</c>), the form boto3's resource API
/// and boto3-assist's JSON importer take, with the types boto3 gives each JSON value: string to S, number to N (its
/// exact text), true/false to BOOL, null to NULL, array to L, object to M. JSON has no sets or binary, so a plain file
/// holds none.
/// </summary>
internal static class PlainJsonItem
{
    /// <summary>Reads an item; the reader is on its <c>{</c> and is left on its <c>}</c>.</summary>
    public static Dictionary<string, AttributeValue> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DynamoJsonFormatException(string.Empty, "expected an object of attributes");
        }

        return Map(ref reader);
    }

    private static Dictionary<string, AttributeValue> Map(ref Utf8JsonReader reader)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            try
            {
                item[name] = Value(ref reader);
            }
            catch (DynamoJsonFormatException ex)
            {
                throw ex.Under(name);
            }
        }

        return item;
    }

    private static AttributeValue Value(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => new AttributeValue { S = reader.GetString() },
        JsonTokenType.Number => new AttributeValue { N = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) },
        JsonTokenType.True => new AttributeValue { BOOL = true },
        JsonTokenType.False => new AttributeValue { BOOL = false },
        JsonTokenType.Null => new AttributeValue { NULL = true },
        JsonTokenType.StartArray => new AttributeValue { L = List(ref reader) },
        JsonTokenType.StartObject => new AttributeValue { M = Map(ref reader) },
        _ => throw new DynamoJsonFormatException(string.Empty, "expected a JSON value"),
    };

    private static List<AttributeValue> List(ref Utf8JsonReader reader)
    {
        var list = new List<AttributeValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                list.Add(Value(ref reader));
            }
            catch (DynamoJsonFormatException ex)
            {
                throw ex.Under("[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }

        return list;
    }
}
