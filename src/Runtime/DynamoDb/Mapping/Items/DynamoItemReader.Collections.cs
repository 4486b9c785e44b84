using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Wire;

namespace Boto3Assist.DynamoDb.Mapping;

// Lists, arrays, maps, nested objects and converted members. An error inside one is named under its attribute
// (Lines[2].Sku, Prices.eu), and each enters one nesting level (NestingDepth), in both forms of item.
public ref partial struct DynamoItemReader
{
    /// <summary>
    /// L as a list (or SS, NS, BS read as a list of their members). A NULL element is null when
    /// <paramref name="nullable"/>, else refused by <paramref name="element"/>.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="element">Reads one element.</param>
    /// <param name="nullable">The element type takes null.</param>
    /// <returns>A new list.</returns>
    public List<T> List<T>(DynamoReadElement<T> element, bool nullable)
    {
        var list = new List<T>();
        ReadElements(element, nullable, list);
        return list;
    }

    /// <summary>L as an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="element">Reads one element.</param>
    /// <param name="nullable">The element type takes null.</param>
    /// <returns>A new array.</returns>
    public T[] Array<T>(DynamoReadElement<T> element, bool nullable)
    {
        var list = new List<T>();
        ReadElements(element, nullable, list);
        return list.ToArray();
    }

    /// <summary>M as a dictionary with string keys.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="element">Reads one value.</param>
    /// <param name="nullable">The value type takes null.</param>
    /// <returns>A new dictionary.</returns>
    public Dictionary<string, T> Map<T>(DynamoReadElement<T> element, bool nullable)
    {
        var entity = Entity;
        var attribute = _path;
        using var level = NestingDepth.Enter(entity, attribute);
        var key = string.Empty;
        if (!_isJson)
        {
            var source = _value!.M ?? throw DynamoMappingErrors.WrongType(entity, attribute, "M", _value);
            var result = new Dictionary<string, T>(source.Count, StringComparer.Ordinal);
            try
            {
                foreach (var pair in source)
                {
                    key = pair.Key;
                    result[pair.Key] = ReadElement(pair.Value, element, nullable);
                }
            }
            catch (DynamoMappingException e)
            {
                throw DynamoMappingErrors.Nest(e, entity, DynamoMappingErrors.Combine(attribute, key));
            }

            _path = attribute;
            return result;
        }

        var type = _type;
        if (DynamoWireReader.Base(type) != DynamoWireType.M)
        {
            throw DynamoWireReader.WrongType(entity, attribute, "M", type);
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        _path = string.Empty;
        try
        {
            while (DynamoWireReader.Next(ref _json, entity, string.Empty) == JsonTokenType.PropertyName)
            {
                key = _json.GetString()!;
                DynamoWireReader.Next(ref _json, entity, string.Empty);
                map[key] = ReadJsonElement(element, nullable);
            }
        }
        catch (Exception e) when (e is DynamoMappingException or JsonException)
        {
            throw DynamoMappingErrors.Nest(Named(e), entity, DynamoMappingErrors.Combine(attribute, key));
        }

        _path = attribute;
        DynamoWireReader.End(ref _json, type, entity, attribute);
        return map;
    }

    /// <summary>M as a nested object, read by its generated reader.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="names">The nested type's attribute names.</param>
    /// <param name="read">The nested type's generated reader.</param>
    /// <returns>The object.</returns>
    public T Object<T>(DynamoAttributeNames names, DynamoReadObject<T> read)
    {
        var entity = Entity;
        var attribute = _path;
        using var level = NestingDepth.Enter(entity, attribute);
        var outerNames = _names;
        var outerNext = _next;
        var outerSeen = (_seen, _seenMore);
        T value;
        if (!_isJson)
        {
            var outerItem = _item;
            var source = _value!.M ?? throw DynamoMappingErrors.WrongType(entity, attribute, "M", _value);
            Enter(names, source);
            try
            {
                value = read(ref this);
            }
            catch (DynamoMappingException e)
            {
                throw DynamoMappingErrors.Nest(e, entity, attribute);
            }

            _item = outerItem;
            Leave(outerNames, outerNext, outerSeen, attribute);
            return value;
        }

        var type = _type;
        if (DynamoWireReader.Base(type) != DynamoWireType.M)
        {
            throw DynamoWireReader.WrongType(entity, attribute, "M", type);
        }

        try
        {
            DynamoWireReader.StartItem(ref _json, names.Entity);
            Enter(names, null);
            value = read(ref this);
        }
        catch (Exception e) when (e is DynamoMappingException or JsonException)
        {
            throw DynamoMappingErrors.Nest(Named(e), entity, attribute);
        }

        Leave(outerNames, outerNext, outerSeen, attribute);
        DynamoWireReader.End(ref _json, type, entity, attribute);
        return value;
    }

    /// <summary>
    /// A member with a custom converter: its value as one <see cref="AttributeValue"/>, the form the converter takes (an
    /// attribute only: converters are on members).
    /// </summary>
    /// <typeparam name="T">The converter's type.</typeparam>
    /// <param name="converter">The converter.</param>
    /// <returns>The value.</returns>
    public T Converted<T>(IDynamoConverter<T> converter) =>
        _isJson ? DynamoWireReader.Converted(ref _json, _type, converter, Entity, _path) : AttributeValueReader.Converted(_value!, converter, Entity, _path);

    private void ReadElements<T>(DynamoReadElement<T> element, bool nullable, List<T> list)
    {
        var entity = Entity;
        var attribute = _path;
        using var level = NestingDepth.Enter(entity, attribute);
        if (!_isJson)
        {
            var source = AttributeValueReader.ListElements(_value!) ?? throw DynamoMappingErrors.WrongType(entity, attribute, "L", _value!);
            list.Capacity = source.Count;
            try
            {
                foreach (var item in source)
                {
                    list.Add(ReadElement(item, element, nullable));
                }
            }
            catch (DynamoMappingException e)
            {
                throw DynamoMappingErrors.Nest(e, entity, attribute + "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]");
            }

            _path = attribute;
            return;
        }

        var type = _type;
        var setElement = DynamoWireReader.StartElements(ref _json, type, entity, attribute);
        _path = string.Empty;
        try
        {
            while (DynamoWireReader.Next(ref _json, entity, string.Empty) != JsonTokenType.EndArray)
            {
                if (setElement == DynamoWireType.None)
                {
                    list.Add(ReadJsonElement(element, nullable));
                    continue;
                }

                _type = setElement;
                _path = string.Empty;
                list.Add(element(ref this));
            }
        }
        catch (Exception e) when (e is DynamoMappingException or JsonException)
        {
            throw DynamoMappingErrors.Nest(Named(e), entity, attribute + "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]");
        }

        _path = attribute;
        DynamoWireReader.End(ref _json, type, entity, attribute);
    }

    // One element of an L or value of an M from a dictionary: NULL is null for a nullable element, else it goes to the
    // element reader, which refuses it ("expected S, found NULL"). The element is read by this reader, on the element.
    private T ReadElement<T>(AttributeValue value, DynamoReadElement<T> element, bool nullable)
    {
        if (nullable && AttributeValueReader.IsNull(value))
        {
            return default!;
        }

        _value = value;
        _path = string.Empty;
        return element(ref this);
    }

    // The same on DynamoDB JSON: the reader is on the element's '{'.
    private T ReadJsonElement<T>(DynamoReadElement<T> element, bool nullable)
    {
        _path = string.Empty;
        if (DynamoWireReader.OpenValue(ref _json, Entity, string.Empty, out _type))
        {
            return element(ref this);
        }

        if (nullable)
        {
            return default!;
        }

        _type = DynamoWireType.NULL;
        return element(ref this);
    }

    // Into a nested object's attributes (read by its own reader, with its names), and back out to the attribute holding it.
    private void Enter(DynamoAttributeNames names, IReadOnlyDictionary<string, AttributeValue>? item)
    {
        _names = names;
        _next = 0;
        _seen = 0;
        _seenMore = null;
        _path = string.Empty;
        if (item is not null)
        {
            _item = item;
        }
    }

    private void Leave(DynamoAttributeNames names, int next, (ulong Bits, ulong[]? More) seen, string path)
    {
        _names = names;
        _next = next;
        (_seen, _seenMore) = seen;
        _path = path;
    }
}
