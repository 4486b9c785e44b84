using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Wire;

namespace Boto3Assist.DynamoDb.Mapping;

// Lists, maps, nested objects, sets and converted members. An error inside one is named under its attribute
// (Lines[2].Sku, Prices.eu), and each list or map enters one nesting level (NestingDepth), in both forms of item.
public ref partial struct DynamoItemWriter
{
    /// <summary>L: the element form. Null elements are NULL; an element error names its index.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="element">Writes one non-null element.</param>
    public void List<T>(IEnumerable<T> values, DynamoWriteElement<T> element)
    {
        var entity = Entity;
        var attribute = _path;
        using var level = NestingDepth.Enter(entity, attribute);
        var index = 0;
        var json = _json;
        var list = json is null ? new List<AttributeValue>(values is IReadOnlyCollection<T> c ? c.Count : 4) : null;
        json?.WriteStartObject();
        json?.WriteStartArray("L"u8);
        try
        {
            if (values is List<T> known)
            {
                foreach (var value in CollectionsMarshal.AsSpan(known))
                {
                    WriteElement(value, element, list);
                    index++;
                }
            }
            else if (values is IReadOnlyList<T> indexed)
            {
                for (; index < indexed.Count; index++)
                {
                    WriteElement(indexed[index], element, list);
                }
            }
            else
            {
                foreach (var value in values)
                {
                    WriteElement(value, element, list);
                    index++;
                }
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }

        if (json is null)
        {
            Put(new AttributeValue { L = list });
            return;
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>L: the member form.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="index">The attribute's index.</param>
    /// <param name="values">The values.</param>
    /// <param name="element">Writes one non-null element.</param>
    public void List<T>(int index, IEnumerable<T> values, DynamoWriteElement<T> element)
    {
        Name(index);
        List(values, element);
    }

    /// <summary>M from string-keyed entries: the element form. Null values are NULL; a value error names its key.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The entries.</param>
    /// <param name="element">Writes one non-null value.</param>
    public void Map<T>(IEnumerable<KeyValuePair<string, T>> values, DynamoWriteElement<T> element)
    {
        var entity = Entity;
        var attribute = _path;
        using var level = NestingDepth.Enter(entity, attribute);
        var key = string.Empty;
        var json = _json;
        var map = json is null ? new Dictionary<string, AttributeValue>(values is IReadOnlyCollection<KeyValuePair<string, T>> c ? c.Count : 4) : null;
        json?.WriteStartObject();
        json?.WriteStartObject("M"u8);
        try
        {
            if (values is Dictionary<string, T> known)
            {
                foreach (var pair in known)
                {
                    key = pair.Key;
                    WriteEntry(pair.Key, pair.Value, element, map);
                }
            }
            else
            {
                foreach (var pair in values)
                {
                    key = pair.Key;
                    WriteEntry(pair.Key, pair.Value, element, map);
                }
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, DynamoMappingErrors.Combine(attribute, key));
        }

        if (json is null)
        {
            Put(new AttributeValue { M = map });
            return;
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>M from string-keyed entries: the member form.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="index">The attribute's index.</param>
    /// <param name="values">The entries.</param>
    /// <param name="element">Writes one non-null value.</param>
    public void Map<T>(int index, IEnumerable<KeyValuePair<string, T>> values, DynamoWriteElement<T> element)
    {
        Name(index);
        Map(values, element);
    }

    /// <summary>M from a nested object, written by its generated writer: the element form.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="names">The nested type's attribute names.</param>
    /// <param name="write">The nested type's generated writer.</param>
    public void Object<T>(T value, DynamoAttributeNames names, DynamoWriteObject<T> write)
    {
        var entity = Entity;
        var attribute = _path;
        using var level = NestingDepth.Enter(entity, attribute);
        if (_json is not { } json)
        {
            Dictionary<string, AttributeValue> map;
            try
            {
                map = ToItem(value, names, write);
            }
            catch (DynamoMappingException e)
            {
                throw DynamoMappingErrors.Nest(e, entity, attribute);
            }

            Put(new AttributeValue { M = map });
            return;
        }

        json.WriteStartObject();
        json.WritePropertyName("M"u8);
        try
        {
            ToJson(json, value, names, write);
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute);
        }

        json.WriteEndObject();
    }

    /// <summary>M from a nested object: the member form.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="index">The attribute's index.</param>
    /// <param name="value">The value.</param>
    /// <param name="names">The nested type's attribute names.</param>
    /// <param name="write">The nested type's generated writer.</param>
    public void Object<T>(int index, T value, DynamoAttributeNames names, DynamoWriteObject<T> write)
    {
        Name(index);
        Object(value, names, write);
    }

    /// <summary>The attribute as SS, or nothing when the set is empty (DynamoDB stores no empty set).</summary>
    /// <param name="index">The attribute's index.</param>
    /// <param name="values">The values; nulls are skipped.</param>
    public void StringSet(int index, IEnumerable<string?> values)
    {
        _path = _names[index];
        if (_json is { } json)
        {
            DynamoWireWriter.StringSet(json, _names.Utf8(index), values);
        }
        else if (AttributeValueWriter.StringSet(values) is { } set)
        {
            _item![_path] = set;
        }
    }

    /// <summary>The attribute as NS, or nothing when empty; NaN, infinities and out-of-range doubles are refused.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="index">The attribute's index.</param>
    /// <param name="values">The values.</param>
    public void NumberSet<T>(int index, IEnumerable<T> values) where T : INumberBase<T>
    {
        _path = _names[index];
        if (_json is { } json)
        {
            DynamoWireWriter.NumberSet(json, _names.Utf8(index), values, Entity, _path);
        }
        else if (AttributeValueWriter.NumberSet(values, Entity, _path) is { } set)
        {
            _item![_path] = set;
        }
    }

    /// <summary>The attribute as BS, or nothing when empty.</summary>
    /// <param name="index">The attribute's index.</param>
    /// <param name="values">The values; nulls are skipped.</param>
    public void BinarySet(int index, IEnumerable<byte[]?> values)
    {
        _path = _names[index];
        if (_json is { } json)
        {
            DynamoWireWriter.BinarySet(json, _names.Utf8(index), values);
        }
        else if (AttributeValueWriter.BinarySet(values) is { } set)
        {
            _item![_path] = set;
        }
    }

    /// <summary>A member with a custom converter: the converter's one <c>AttributeValue</c>; its errors are named under the member.</summary>
    /// <typeparam name="T">The converter's type.</typeparam>
    /// <param name="index">The attribute's index.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter.</param>
    public void Converted<T>(int index, T value, IDynamoConverter<T> converter)
    {
        Name(index);
        Value(AttributeValueWriter.Converted(value, converter, Entity, _path));
    }

    // A null element: NULL, written straight as JSON (no AttributeValue made there).
    private void Null()
    {
        if (_json is { } json)
        {
            DynamoWireWriter.Null(json);
        }
        else
        {
            Put(AttributeValueWriter.Null());
        }
    }

    // A value made as an AttributeValue (a converter's): as JSON, or as it is.
    private void Value(AttributeValue value)
    {
        if (_json is { } json)
        {
            DynamoItemJson.WriteValue(json, value, _path);
        }
        else
        {
            Put(value);
        }
    }

    private readonly void WriteElement<T>(T value, DynamoWriteElement<T> element, List<AttributeValue>? list)
    {
        var writer = Element();
        if (value is null)
        {
            writer.Null();
        }
        else
        {
            element(ref writer, value);
        }

        list?.Add(writer._element!);
    }

    private readonly void WriteEntry<T>(string key, T value, DynamoWriteElement<T> element, Dictionary<string, AttributeValue>? map)
    {
        _json?.WritePropertyName(key);
        var writer = Element();
        if (value is null)
        {
            writer.Null();
        }
        else
        {
            element(ref writer, value);
        }

        if (map is not null)
        {
            map[key] = writer._element!;
        }
    }
}
