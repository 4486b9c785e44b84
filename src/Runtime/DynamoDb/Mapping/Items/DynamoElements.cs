using System;
using System.ComponentModel;
using System.Numerics;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// The element readers and writers of the plain types, as methods the generated code passes for the elements of its lists
/// and maps (<c>r.List(DynamoElements.ReadString, false, out present)</c>), so it needs no lambda of its own for them. For
/// generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DynamoElements
{
    /// <summary>Reads one element as String.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static string ReadString(ref DynamoItemReader reader) => reader.String();

    /// <summary>Reads one element as Boolean.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static bool ReadBoolean(ref DynamoItemReader reader) => reader.Boolean();

    /// <summary>Reads one element as Number.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static T ReadNumber<T>(ref DynamoItemReader reader) where T : INumberBase<T> => reader.Number<T>();

    /// <summary>Reads one element as Guid.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static Guid ReadGuid(ref DynamoItemReader reader) => reader.Guid();

    /// <summary>Reads one element as DateTime.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static DateTime ReadDateTime(ref DynamoItemReader reader) => reader.DateTime();

    /// <summary>Reads one element as DateTimeOffset.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static DateTimeOffset ReadDateTimeOffset(ref DynamoItemReader reader) => reader.DateTimeOffset();

    /// <summary>Reads one element as DateOnly.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static DateOnly ReadDateOnly(ref DynamoItemReader reader) => reader.DateOnly();

    /// <summary>Reads one element as TimeOnly.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static TimeOnly ReadTimeOnly(ref DynamoItemReader reader) => reader.TimeOnly();

    /// <summary>Reads one element as TimeSpan.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static TimeSpan ReadTimeSpan(ref DynamoItemReader reader) => reader.TimeSpan();

    /// <summary>Reads one element as Binary.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The element.</returns>
    public static byte[] ReadBinary(ref DynamoItemReader reader) => reader.Binary();

    /// <summary>Writes one element as String.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteString(ref DynamoItemWriter writer, string value) => writer.String(value);

    /// <summary>Writes one element as Boolean.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteBoolean(ref DynamoItemWriter writer, bool value) => writer.Boolean(value);

    /// <summary>Writes one element as Integer.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteInteger<T>(ref DynamoItemWriter writer, T value) where T : IBinaryInteger<T> => writer.Integer<T>(value);

    /// <summary>Writes one element as Decimal.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteDecimal(ref DynamoItemWriter writer, decimal value) => writer.Decimal(value);

    /// <summary>Writes one element as Double.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteDouble(ref DynamoItemWriter writer, double value) => writer.Double(value);

    /// <summary>Writes one element as Single.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteSingle(ref DynamoItemWriter writer, float value) => writer.Single(value);

    /// <summary>Writes one element as Guid.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteGuid(ref DynamoItemWriter writer, Guid value) => writer.Guid(value);

    /// <summary>Writes one element as DateTime.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteDateTime(ref DynamoItemWriter writer, DateTime value) => writer.DateTime(value);

    /// <summary>Writes one element as DateTimeOffset.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteDateTimeOffset(ref DynamoItemWriter writer, DateTimeOffset value) => writer.DateTimeOffset(value);

    /// <summary>Writes one element as DateOnly.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteDateOnly(ref DynamoItemWriter writer, DateOnly value) => writer.DateOnly(value);

    /// <summary>Writes one element as TimeOnly.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteTimeOnly(ref DynamoItemWriter writer, TimeOnly value) => writer.TimeOnly(value);

    /// <summary>Writes one element as TimeSpan.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteTimeSpan(ref DynamoItemWriter writer, TimeSpan value) => writer.TimeSpan(value);

    /// <summary>Writes one element as Binary.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The element.</param>
    public static void WriteBinary(ref DynamoItemWriter writer, byte[] value) => writer.Binary(value);

}
