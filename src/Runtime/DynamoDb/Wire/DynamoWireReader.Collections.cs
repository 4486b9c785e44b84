using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb.Wire;

public static partial class DynamoWireReader
{
    /// <summary>
    /// L as a list (or SS, NS, BS read as a list of their members, as <see cref="AttributeValueReader.List{T}"/> reads them).
    /// A NULL element is null when <paramref name="nullable"/>, else refused by <paramref name="element"/>.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <param name="nullable">The element type takes null.</param>
    /// <returns>A new list.</returns>
    public static List<T> List<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, DynamoWireReadValue<T> element, bool nullable)
    {
        var list = new List<T>();
        ReadElements(ref reader, type, entity, attribute, element, nullable, list);
        return list;
    }

    /// <summary>L (or SS, NS, BS) as an array, read as a list is read.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <param name="nullable">The element type takes null.</param>
    /// <returns>A new array.</returns>
    public static T[] Array<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, DynamoWireReadValue<T> element, bool nullable)
    {
        var list = new List<T>();
        ReadElements(ref reader, type, entity, attribute, element, nullable, list);
        return list.ToArray();
    }

    /// <summary>M as a dictionary with string keys; an error names the key (<c>Prices.eu</c>).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one value.</param>
    /// <param name="nullable">The value type takes null.</param>
    /// <returns>A new dictionary.</returns>
    public static Dictionary<string, T> Map<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, DynamoWireReadValue<T> element, bool nullable)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        if (Base(type) != DynamoWireType.M)
        {
            throw WrongType(entity, attribute, "M", type);
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        var key = string.Empty;
        try
        {
            while (Next(ref reader, entity, string.Empty) == JsonTokenType.PropertyName)
            {
                key = reader.GetString()!;
                Next(ref reader, entity, string.Empty);
                map[key] = Element(ref reader, entity, element, nullable);
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, DynamoMappingErrors.Combine(attribute, key));
        }

        End(ref reader, type, entity, attribute);
        return map;
    }

    /// <summary>M as a nested object, read by its generated reader; its errors are named under this attribute.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="read">The generated reader of the nested type.</param>
    /// <returns>The object.</returns>
    public static T Object<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, DynamoWireReadObject<T> read)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        if (Base(type) != DynamoWireType.M)
        {
            throw WrongType(entity, attribute, "M", type);
        }

        T value;
        try
        {
            value = read(ref reader);
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute);
        }

        End(ref reader, type, entity, attribute);
        return value;
    }

    /// <summary>SS as a set.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>A new set.</returns>
    public static HashSet<string> StringSet(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        StartSet(ref reader, type, DynamoWireType.SS, entity, attribute);
        while (Next(ref reader, entity, attribute) != JsonTokenType.EndArray)
        {
            set.Add(Text(ref reader, DynamoWireType.S, DynamoWireType.S, "S", entity, attribute));
        }

        return EndSet(ref reader, type, set, entity, attribute);
    }

    /// <summary>NS as a set of numbers.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>A new set.</returns>
    public static HashSet<T> NumberSet<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute) where T : INumberBase<T>
    {
        var set = new HashSet<T>();
        StartSet(ref reader, type, DynamoWireType.NS, entity, attribute);
        while (Next(ref reader, entity, attribute) != JsonTokenType.EndArray)
        {
            set.Add(Number<T>(ref reader, DynamoWireType.N | DynamoWireType.SetElement, entity, attribute));
        }

        return EndSet(ref reader, type, set, entity, attribute);
    }

    /// <summary>BS as a set of byte arrays.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>A new set.</returns>
    public static HashSet<byte[]> BinarySet(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        var set = new HashSet<byte[]>();
        StartSet(ref reader, type, DynamoWireType.BS, entity, attribute);
        while (Next(ref reader, entity, attribute) != JsonTokenType.EndArray)
        {
            set.Add(Base64(ref reader, entity, attribute));
        }

        return EndSet(ref reader, type, set, entity, attribute);
    }

    /// <summary>
    /// A member with a custom converter (the reader is on the attribute name): its typed value is read as one
    /// <see cref="AttributeValue"/>, the form the converter takes. NULL gives the default and <paramref name="present"/> false.
    /// </summary>
    /// <typeparam name="T">The converter's type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="converter">The converter.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static T Converted<T>(ref Utf8JsonReader reader, IDynamoConverter<T> converter, string entity, string attribute, out bool present)
    {
        Next(ref reader, entity, attribute);
        AttributeValue value;
        try
        {
            value = DynamoItemJson.ReadValue(ref reader);
        }
        catch (DynamoJsonFormatException e)
        {
            throw new DynamoMappingException(entity, DynamoMappingErrors.Combine(attribute, e.AttributePath), "valid DynamoDB JSON", e.Reason);
        }
        catch (JsonException e)
        {
            throw Malformed(entity, attribute, e);
        }

        present = value.NULL != true;
        return present ? AttributeValueReader.Converted(value, converter, entity, attribute) : default!;
    }

    private static void ReadElements<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, DynamoWireReadValue<T> element, bool nullable, List<T> list)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var setElement = Base(type) switch
        {
            DynamoWireType.L => DynamoWireType.None,
            DynamoWireType.SS => DynamoWireType.S | DynamoWireType.SetElement,
            DynamoWireType.NS => DynamoWireType.N | DynamoWireType.SetElement,
            DynamoWireType.BS => DynamoWireType.B | DynamoWireType.SetElement,
            _ => throw WrongType(entity, attribute, "L", type),
        };
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Malformed(entity, attribute, "an array for " + Base(type), reader.TokenType);
        }

        try
        {
            while (Next(ref reader, entity, string.Empty) != JsonTokenType.EndArray)
            {
                list.Add(setElement == DynamoWireType.None ? Element(ref reader, entity, element, nullable) : element(ref reader, setElement, entity, string.Empty));
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute + "[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]");
        }

        End(ref reader, type, entity, attribute);
    }

    // One element of an L or value of an M: the reader is on its '{'. NULL is null for a nullable element, else it goes to
    // the element reader, which refuses it as FromItem does ("expected S, found NULL").
    private static T Element<T>(ref Utf8JsonReader reader, string entity, DynamoWireReadValue<T> element, bool nullable)
    {
        if (OpenValue(ref reader, entity, string.Empty, out var type))
        {
            return element(ref reader, type, entity, string.Empty);
        }

        return nullable ? default! : element(ref reader, DynamoWireType.NULL, entity, string.Empty);
    }

    private static void StartSet(ref Utf8JsonReader reader, DynamoWireType type, DynamoWireType expected, string entity, string attribute)
    {
        if (type != expected)
        {
            throw WrongType(entity, attribute, expected.ToString(), type);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Malformed(entity, attribute, "an array for " + expected, reader.TokenType);
        }
    }

    private static HashSet<T> EndSet<T>(ref Utf8JsonReader reader, DynamoWireType type, HashSet<T> set, string entity, string attribute)
    {
        if (set.Count == 0)
        {
            throw new DynamoMappingException(entity, attribute, type + " with at least one member (DynamoDB stores no empty set)", "an empty " + type);
        }

        End(ref reader, type, entity, attribute);
        return set;
    }
}
