using System;
using System.Collections.Generic;
using System.Numerics;
using Boto3Assist.DynamoDb.Wire;

namespace Boto3Assist.DynamoDb.Mapping;

// The values of one type each, in two forms: the element form reads the value the reader is on (an element, a map
// value); the member form reads the attribute Next gave and says whether it was there (NULL is absent). The member
// forms go to the two engines directly, not through Open and the element form, as the writer's do (the SDK path's
// FromItem is on every read).
public ref partial struct DynamoItemReader
{
    /// <summary>S: the element form.</summary>
    /// <returns>The value.</returns>
    public string String() =>
        _isJson ? DynamoWireReader.String(ref _json, _type, Entity, _path) : AttributeValueReader.String(_value!, Entity, _path);

    /// <summary>S: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public string String(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.String(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.String(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>BOOL (or N 1/0): the element form.</summary>
    /// <returns>The value.</returns>
    public bool Boolean() =>
        _isJson ? DynamoWireReader.Boolean(ref _json, _type, Entity, _path) : AttributeValueReader.Boolean(_value!, Entity, _path);

    /// <summary>BOOL (or N 1/0): the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public bool Boolean(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.Boolean(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.Boolean(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>N as a number: the element form.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <returns>The value.</returns>
    public T Number<T>() where T : INumberBase<T> =>
        _isJson ? DynamoWireReader.Number<T>(ref _json, _type, Entity, _path) : AttributeValueReader.Number<T>(_value!, Entity, _path);

    /// <summary>N as a number: the member form.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public T Number<T>(out bool present) where T : INumberBase<T>
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.Number<T>(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.Number<T>(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as a Guid: the element form.</summary>
    /// <returns>The value.</returns>
    public Guid Guid() =>
        _isJson ? DynamoWireReader.Guid(ref _json, _type, Entity, _path) : AttributeValueReader.Guid(_value!, Entity, _path);

    /// <summary>S as a Guid: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public Guid Guid(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.Guid(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.Guid(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as a date-time: the element form.</summary>
    /// <returns>The value.</returns>
    public DateTime DateTime() =>
        _isJson ? DynamoWireReader.DateTime(ref _json, _type, Entity, _path) : AttributeValueReader.DateTime(_value!, Entity, _path);

    /// <summary>S as a date-time: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public DateTime DateTime(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.DateTime(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.DateTime(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as a date-time with offset: the element form.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset DateTimeOffset() =>
        _isJson ? DynamoWireReader.DateTimeOffset(ref _json, _type, Entity, _path) : AttributeValueReader.DateTimeOffset(_value!, Entity, _path);

    /// <summary>S as a date-time with offset: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public DateTimeOffset DateTimeOffset(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.DateTimeOffset(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.DateTimeOffset(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as a date: the element form.</summary>
    /// <returns>The value.</returns>
    public DateOnly DateOnly() =>
        _isJson ? DynamoWireReader.DateOnly(ref _json, _type, Entity, _path) : AttributeValueReader.DateOnly(_value!, Entity, _path);

    /// <summary>S as a date: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public DateOnly DateOnly(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.DateOnly(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.DateOnly(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as a time of day: the element form.</summary>
    /// <returns>The value.</returns>
    public TimeOnly TimeOnly() =>
        _isJson ? DynamoWireReader.TimeOnly(ref _json, _type, Entity, _path) : AttributeValueReader.TimeOnly(_value!, Entity, _path);

    /// <summary>S as a time of day: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public TimeOnly TimeOnly(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.TimeOnly(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.TimeOnly(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as a duration: the element form.</summary>
    /// <returns>The value.</returns>
    public TimeSpan TimeSpan() =>
        _isJson ? DynamoWireReader.TimeSpan(ref _json, _type, Entity, _path) : AttributeValueReader.TimeSpan(_value!, Entity, _path);

    /// <summary>S as a duration: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public TimeSpan TimeSpan(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.TimeSpan(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.TimeSpan(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>N as Unix epoch seconds (a TTL): the element form.</summary>
    /// <returns>The value.</returns>
    public DateTimeOffset EpochSeconds() =>
        _isJson ? DynamoWireReader.EpochSeconds(ref _json, _type, Entity, _path) : AttributeValueReader.EpochSeconds(_value!, Entity, _path);

    /// <summary>N as Unix epoch seconds (a TTL): the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public DateTimeOffset EpochSeconds(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.EpochSeconds(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.EpochSeconds(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as an enum name (or N): the element form.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The value.</returns>
    public TEnum EnumName<TEnum>() where TEnum : struct, Enum =>
        _isJson ? DynamoWireReader.EnumName<TEnum>(ref _json, _type, Entity, _path) : AttributeValueReader.EnumName<TEnum>(_value!, Entity, _path);

    /// <summary>S as an enum name (or N): the member form.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public TEnum EnumName<TEnum>(out bool present) where TEnum : struct, Enum
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.EnumName<TEnum>(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.EnumName<TEnum>(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S as flag names (or N): the element form.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The value.</returns>
    public TEnum EnumFlagNames<TEnum>() where TEnum : struct, Enum =>
        _isJson ? DynamoWireReader.EnumFlagNames<TEnum>(ref _json, _type, Entity, _path) : AttributeValueReader.EnumFlagNames<TEnum>(_value!, Entity, _path);

    /// <summary>S as flag names (or N): the member form.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public TEnum EnumFlagNames<TEnum>(out bool present) where TEnum : struct, Enum
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.EnumFlagNames<TEnum>(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.EnumFlagNames<TEnum>(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>N as an enum (or S names): the element form.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The value.</returns>
    public TEnum EnumNumber<TEnum>() where TEnum : struct, Enum =>
        _isJson ? DynamoWireReader.EnumNumber<TEnum>(ref _json, _type, Entity, _path) : AttributeValueReader.EnumNumber<TEnum>(_value!, Entity, _path);

    /// <summary>N as an enum (or S names): the member form.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public TEnum EnumNumber<TEnum>(out bool present) where TEnum : struct, Enum
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.EnumNumber<TEnum>(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.EnumNumber<TEnum>(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>B: the element form.</summary>
    /// <returns>The value.</returns>
    public byte[] Binary() =>
        _isJson ? DynamoWireReader.Binary(ref _json, _type, Entity, _path) : AttributeValueReader.Binary(_value!, Entity, _path);

    /// <summary>B: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public byte[] Binary(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.Binary(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.Binary(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>SS: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public HashSet<string> StringSet(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.StringSet(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.StringSet(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>NS: the member form.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public HashSet<T> NumberSet<T>(out bool present) where T : INumberBase<T>
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.NumberSet<T>(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.NumberSet<T>(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>BS: the member form.</summary>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public HashSet<byte[]> BinarySet(out bool present)
    {
        if (!_isJson)
        {
            present = true;
            return AttributeValueReader.BinarySet(_value!, _names.Entity, _path);
        }

        return (present = DynamoWireReader.Open(ref _json, _names.Entity, _path, out _type)) ? DynamoWireReader.BinarySet(ref _json, _type, _names.Entity, _path) : default!;
    }

    /// <summary>S (or B) as bytes stored as text: the element form.</summary>
    /// <param name="format">How the member stores bytes as text.</param>
    /// <returns>The value.</returns>
    public byte[] Binary(DynamoBinaryFormat format) =>
        _isJson ? DynamoWireReader.Binary(ref _json, _type, Entity, _path, format) : AttributeValueReader.Binary(_value!, Entity, _path, format);

    /// <summary>S (or B) as bytes stored as text: the member form.</summary>
    /// <param name="format">How the member stores bytes as text.</param>
    /// <param name="present">Whether the attribute was there (not NULL).</param>
    /// <returns>The value, or the default when absent.</returns>
    public byte[] Binary(DynamoBinaryFormat format, out bool present) => (present = Open()) ? Binary(format) : default!;
}
