using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text.Json;

namespace Boto3Assist.DynamoDb.Wire;

// One member's attribute, from its name: Open, then the typed-value reader. The generated code is then one call per member.
public static partial class DynamoWireReader
{
    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="T">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <param name="nullable">The element type takes null.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static List<T> List<T>(ref Utf8JsonReader reader, string entity, string attribute, DynamoWireReadValue<T> element, bool nullable, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? List<T>(ref reader, type, entity, attribute, element, nullable) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="T">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <param name="nullable">The element type takes null.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static T[] Array<T>(ref Utf8JsonReader reader, string entity, string attribute, DynamoWireReadValue<T> element, bool nullable, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Array<T>(ref reader, type, entity, attribute, element, nullable) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="T">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <param name="nullable">The element type takes null.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static Dictionary<string, T> Map<T>(ref Utf8JsonReader reader, string entity, string attribute, DynamoWireReadValue<T> element, bool nullable, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Map<T>(ref reader, type, entity, attribute, element, nullable) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="T">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="read">The generated reader of the nested type.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static T Object<T>(ref Utf8JsonReader reader, string entity, string attribute, DynamoWireReadObject<T> read, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Object<T>(ref reader, type, entity, attribute, read) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static HashSet<string> StringSet(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? StringSet(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="T">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static HashSet<T> NumberSet<T>(ref Utf8JsonReader reader, string entity, string attribute, out bool present) where T : INumberBase<T> =>
        (present = Open(ref reader, entity, attribute, out var type)) ? NumberSet<T>(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static HashSet<byte[]> BinarySet(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? BinarySet(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static string String(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? String(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static bool Boolean(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Boolean(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="T">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static T Number<T>(ref Utf8JsonReader reader, string entity, string attribute, out bool present) where T : INumberBase<T> =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Number<T>(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static Guid Guid(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Guid(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static DateTime DateTime(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? DateTime(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? DateTimeOffset(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static DateOnly DateOnly(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? DateOnly(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static TimeOnly TimeOnly(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? TimeOnly(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static TimeSpan TimeSpan(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? TimeSpan(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static DateTimeOffset EpochSeconds(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? EpochSeconds(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="TEnum">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static TEnum EnumName<TEnum>(ref Utf8JsonReader reader, string entity, string attribute, out bool present) where TEnum : struct, Enum =>
        (present = Open(ref reader, entity, attribute, out var type)) ? EnumName<TEnum>(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="TEnum">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static TEnum EnumFlagNames<TEnum>(ref Utf8JsonReader reader, string entity, string attribute, out bool present) where TEnum : struct, Enum =>
        (present = Open(ref reader, entity, attribute, out var type)) ? EnumFlagNames<TEnum>(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <typeparam name="TEnum">As for the typed-value overload.</typeparam>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static TEnum EnumNumber<TEnum>(ref Utf8JsonReader reader, string entity, string attribute, out bool present) where TEnum : struct, Enum =>
        (present = Open(ref reader, entity, attribute, out var type)) ? EnumNumber<TEnum>(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static byte[] Binary(ref Utf8JsonReader reader, string entity, string attribute, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Binary(ref reader, type, entity, attribute) : default!;

    /// <summary>
    /// The value of the attribute the reader is on (its name), read as the overload taking a <see cref="DynamoWireType"/>
    /// reads it; a NULL value gives the default and <paramref name="present"/> false (an absent attribute, as for FromItem).
    /// </summary>
    /// <param name="reader">The reader, on the attribute name; left on the value's end.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="format">How the member stores bytes as text.</param>
    /// <param name="present">Whether the value was there (not NULL).</param>
    /// <returns>The value.</returns>
    public static byte[] Binary(ref Utf8JsonReader reader, string entity, string attribute, DynamoBinaryFormat format, out bool present) =>
        (present = Open(ref reader, entity, attribute, out var type)) ? Binary(ref reader, type, entity, attribute, format) : default!;
}
