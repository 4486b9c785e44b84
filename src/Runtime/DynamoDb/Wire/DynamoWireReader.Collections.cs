using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb.Wire;

internal static partial class DynamoWireReader
{
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
    /// A member with a custom converter (its typed value opened, the reader on the value): the value is read as one
    /// <see cref="AttributeValue"/>, the form the converter takes.
    /// </summary>
    /// <typeparam name="T">The converter's type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The value's type.</param>
    /// <param name="converter">The converter.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <returns>The value.</returns>
    public static T Converted<T>(ref Utf8JsonReader reader, DynamoWireType type, IDynamoConverter<T> converter, string entity, string attribute)
    {
        AttributeValue value;
        try
        {
            value = DynamoItemJson.ReadContent(ref reader, TypeName(type));
        }
        catch (DynamoJsonFormatException e)
        {
            throw new DynamoMappingException(entity, DynamoMappingErrors.Combine(attribute, e.AttributePath), "valid DynamoDB JSON", e.Reason);
        }
        catch (JsonException e)
        {
            throw Malformed(entity, attribute, e);
        }

        End(ref reader, type, entity, attribute);
        return AttributeValueReader.Converted(value, converter, entity, attribute);
    }

    private static ReadOnlySpan<byte> TypeName(DynamoWireType type) => Base(type) switch
    {
        DynamoWireType.S => "S"u8,
        DynamoWireType.N => "N"u8,
        DynamoWireType.B => "B"u8,
        DynamoWireType.BOOL => "BOOL"u8,
        DynamoWireType.SS => "SS"u8,
        DynamoWireType.NS => "NS"u8,
        DynamoWireType.BS => "BS"u8,
        DynamoWireType.L => "L"u8,
        DynamoWireType.M => "M"u8,
        _ => "NULL"u8,
    };

    /// <summary>
    /// Checks that the reader is on the array of an L (or of an SS, NS or BS read as a list) and gives the type of its
    /// members: <see cref="DynamoWireType.None"/> for an L (each element is a typed value), else the bare set member type.
    /// </summary>
    internal static DynamoWireType StartElements(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
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

        return setElement;
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
