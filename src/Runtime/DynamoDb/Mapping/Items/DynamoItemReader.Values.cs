using System;
using System.Collections.Generic;
using System.Numerics;
using Boto3Assist.DynamoDb.Wire;

namespace Boto3Assist.DynamoDb.Mapping;

// The values of one type each: each reads the value the reader is on (the attribute Next gave, an element, a map value)
// from whichever form the item is in, going to that form's engine directly.
public ref partial struct DynamoItemReader
{
    /// <summary>S.</summary>
    /// <returns>The value.</returns>
    public string String() =>
        _isJson ? DynamoWireReader.String(ref _json, _type, Entity, _path) : AttributeValueReader.String(_value!, Entity, _path);

    /// <summary>BOOL (or N 1/0).</summary>
    /// <returns>The value.</returns>
    public bool Boolean() =>
        _isJson ? DynamoWireReader.Boolean(ref _json, _type, Entity, _path) : AttributeValueReader.Boolean(_value!, Entity, _path);

    /// <summary>N as a number.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <returns>The value.</returns>
    public T Number<T>() where T : INumberBase<T> =>
        _isJson ? DynamoWireReader.Number<T>(ref _json, _type, Entity, _path) : AttributeValueReader.Number<T>(_value!, Entity, _path);

    /// <summary>S as a Guid.</summary>
    /// <returns>The value.</returns>
    public Guid Guid() =>
        _isJson ? DynamoWireReader.Guid(ref _json, _type, Entity, _path) : AttributeValueReader.Guid(_value!, Entity, _path);

    /// <summary>S as a date-time.</summary>
    /// <returns>The value.</returns>
    public DateTime DateTime() =>
        _isJson ? DynamoWireReader.DateTime(ref _json, _type, Entity, _path) : AttributeValueReader.DateTime(_value!, Entity, _path);

    /// <summary>S as a date-time with offset.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset DateTimeOffset() =>
        _isJson ? DynamoWireReader.DateTimeOffset(ref _json, _type, Entity, _path) : AttributeValueReader.DateTimeOffset(_value!, Entity, _path);

    /// <summary>S as a date.</summary>
    /// <returns>The value.</returns>
    public DateOnly DateOnly() =>
        _isJson ? DynamoWireReader.DateOnly(ref _json, _type, Entity, _path) : AttributeValueReader.DateOnly(_value!, Entity, _path);

    /// <summary>S as a time of day.</summary>
    /// <returns>The value.</returns>
    public TimeOnly TimeOnly() =>
        _isJson ? DynamoWireReader.TimeOnly(ref _json, _type, Entity, _path) : AttributeValueReader.TimeOnly(_value!, Entity, _path);

    /// <summary>S as a duration.</summary>
    /// <returns>The value.</returns>
    public TimeSpan TimeSpan() =>
        _isJson ? DynamoWireReader.TimeSpan(ref _json, _type, Entity, _path) : AttributeValueReader.TimeSpan(_value!, Entity, _path);

    /// <summary>N as Unix epoch seconds (a TTL).</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset EpochSeconds() =>
        _isJson ? DynamoWireReader.EpochSeconds(ref _json, _type, Entity, _path) : AttributeValueReader.EpochSeconds(_value!, Entity, _path);

    /// <summary>S as an enum name (or N).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The value.</returns>
    public TEnum EnumName<TEnum>() where TEnum : struct, Enum =>
        _isJson ? DynamoWireReader.EnumName<TEnum>(ref _json, _type, Entity, _path) : AttributeValueReader.EnumName<TEnum>(_value!, Entity, _path);

    /// <summary>S as flag names (or N).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The value.</returns>
    public TEnum EnumFlagNames<TEnum>() where TEnum : struct, Enum =>
        _isJson ? DynamoWireReader.EnumFlagNames<TEnum>(ref _json, _type, Entity, _path) : AttributeValueReader.EnumFlagNames<TEnum>(_value!, Entity, _path);

    /// <summary>N as an enum (or S names).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The value.</returns>
    public TEnum EnumNumber<TEnum>() where TEnum : struct, Enum =>
        _isJson ? DynamoWireReader.EnumNumber<TEnum>(ref _json, _type, Entity, _path) : AttributeValueReader.EnumNumber<TEnum>(_value!, Entity, _path);

    /// <summary>B.</summary>
    /// <returns>The value.</returns>
    public byte[] Binary() =>
        _isJson ? DynamoWireReader.Binary(ref _json, _type, Entity, _path) : AttributeValueReader.Binary(_value!, Entity, _path);

    /// <summary>SS.</summary>
    /// <returns>The value.</returns>
    public HashSet<string> StringSet() =>
        _isJson ? DynamoWireReader.StringSet(ref _json, _type, Entity, _path) : AttributeValueReader.StringSet(_value!, Entity, _path);

    /// <summary>NS.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <returns>The value.</returns>
    public HashSet<T> NumberSet<T>() where T : INumberBase<T> =>
        _isJson ? DynamoWireReader.NumberSet<T>(ref _json, _type, Entity, _path) : AttributeValueReader.NumberSet<T>(_value!, Entity, _path);

    /// <summary>BS.</summary>
    /// <returns>The value.</returns>
    public HashSet<byte[]> BinarySet() =>
        _isJson ? DynamoWireReader.BinarySet(ref _json, _type, Entity, _path) : AttributeValueReader.BinarySet(_value!, Entity, _path);

    /// <summary>S (or B) as bytes stored as text.</summary>
    /// <param name="format">How the member stores bytes as text.</param>
    /// <returns>The value.</returns>
    public byte[] Binary(DynamoBinaryFormat format) =>
        _isJson ? DynamoWireReader.Binary(ref _json, _type, Entity, _path, format) : AttributeValueReader.Binary(_value!, Entity, _path, format);
}
