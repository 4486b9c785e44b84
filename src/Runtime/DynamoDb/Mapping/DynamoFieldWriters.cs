using System;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// How a member of a plain type is stored under this library's default conventions, exactly as generated <c>ToItem</c>
/// writes it: strings as S, bool as BOOL, integers and decimal as N (invariant), Guid "D", DateTime and DateTimeOffset
/// round-trip "O" in UTC, DateOnly, TimeOnly and TimeSpan as <see cref="AttributeValueWriter"/> formats them; nullable
/// value types the same. The generator uses it for a field whose member has no converter and no convention of its own
/// (so each such field costs one short line), and writes a lambda for every other member.
/// </summary>
/// <typeparam name="TValue">The member type.</typeparam>
internal static class DynamoFieldWriters<TValue>
{
    /// <summary>The writer of <typeparamref name="TValue"/>, or <see langword="null"/> when it has no default one.</summary>
    public static readonly Func<TValue, AttributeValue?>? Default = (Func<TValue, AttributeValue?>?)Create();

    // typeof comparisons of a generic argument: no reflection, folded by the JIT, safe under Native AOT.
    private static object? Create()
    {
        var t = typeof(TValue);
        if (t == typeof(string)) return (Func<string?, AttributeValue?>)(v => AttributeValueWriter.String(v!));
        if (t == typeof(bool)) return (Func<bool, AttributeValue?>)AttributeValueWriter.Boolean;
        if (t == typeof(bool?)) return (Func<bool?, AttributeValue?>)(v => AttributeValueWriter.Boolean(v.GetValueOrDefault()));
        if (t == typeof(decimal)) return (Func<decimal, AttributeValue?>)AttributeValueWriter.Decimal;
        if (t == typeof(decimal?)) return (Func<decimal?, AttributeValue?>)(v => AttributeValueWriter.Decimal(v.GetValueOrDefault()));
        if (t == typeof(Guid)) return (Func<Guid, AttributeValue?>)AttributeValueWriter.Guid;
        if (t == typeof(Guid?)) return (Func<Guid?, AttributeValue?>)(v => AttributeValueWriter.Guid(v.GetValueOrDefault()));
        if (t == typeof(DateTime)) return (Func<DateTime, AttributeValue?>)(v => AttributeValueWriter.DateTime(v));
        if (t == typeof(DateTime?)) return (Func<DateTime?, AttributeValue?>)(v => AttributeValueWriter.DateTime(v.GetValueOrDefault()));
        if (t == typeof(DateTimeOffset)) return (Func<DateTimeOffset, AttributeValue?>)(v => AttributeValueWriter.DateTimeOffset(v));
        if (t == typeof(DateTimeOffset?)) return (Func<DateTimeOffset?, AttributeValue?>)(v => AttributeValueWriter.DateTimeOffset(v.GetValueOrDefault()));
        if (t == typeof(DateOnly)) return (Func<DateOnly, AttributeValue?>)AttributeValueWriter.DateOnly;
        if (t == typeof(DateOnly?)) return (Func<DateOnly?, AttributeValue?>)(v => AttributeValueWriter.DateOnly(v.GetValueOrDefault()));
        if (t == typeof(TimeOnly)) return (Func<TimeOnly, AttributeValue?>)AttributeValueWriter.TimeOnly;
        if (t == typeof(TimeOnly?)) return (Func<TimeOnly?, AttributeValue?>)(v => AttributeValueWriter.TimeOnly(v.GetValueOrDefault()));
        if (t == typeof(TimeSpan)) return (Func<TimeSpan, AttributeValue?>)AttributeValueWriter.TimeSpan;
        if (t == typeof(TimeSpan?)) return (Func<TimeSpan?, AttributeValue?>)(v => AttributeValueWriter.TimeSpan(v.GetValueOrDefault()));
        return Integer<int>() ?? Integer<long>() ?? Integer<short>() ?? Integer<byte>() ?? Integer<sbyte>() ?? Integer<ushort>()
            ?? Integer<uint>() ?? Integer<ulong>();
    }

    private static object? Integer<T>()
        where T : struct, System.Numerics.IBinaryInteger<T>
    {
        if (typeof(TValue) == typeof(T)) return (Func<T, AttributeValue?>)(v => AttributeValueWriter.Integer(v));
        if (typeof(TValue) == typeof(T?)) return (Func<T?, AttributeValue?>)(v => AttributeValueWriter.Integer(v.GetValueOrDefault()));
        return null;
    }
}
