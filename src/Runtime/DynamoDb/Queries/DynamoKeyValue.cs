using System;
using System.Globalization;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A key value of a query: text (what the generated <c>Keys</c> builders return, for a String key), a number (for a
/// Number key) or bytes (for a Binary key). Converts implicitly from <see cref="string"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="decimal"/> and <see cref="byte"/>[], so
/// <c>new DynamoQuery&lt;Reading&gt;(Reading.Keys.PartitionKey("s1"))</c> and <c>new DynamoQuery&lt;Counter&gt;(42)</c>
/// both read naturally. A value of the wrong kind for the key's declared type is refused before anything is sent
/// (<see cref="DynamoInvalidRequestException"/>), except text for a Number key (the number's invariant text) or a
/// Binary key (base64), as DynamoDB's own JSON writes them.
/// </summary>
public readonly struct DynamoKeyValue : IEquatable<DynamoKeyValue>
{
    private readonly string? _text;
    private readonly byte[]? _bytes;

    private DynamoKeyValue(DynamoKeyValueKind kind, string? text, byte[]? bytes)
    {
        Kind = kind;
        _text = text;
        _bytes = bytes;
    }

    /// <summary>What the value holds.</summary>
    public DynamoKeyValueKind Kind { get; }

    /// <summary>The text of a <see cref="DynamoKeyValueKind.Text"/> value, or the invariant text of a number.</summary>
    /// <exception cref="InvalidOperationException">The value holds bytes.</exception>
    public string Text => _text ?? throw new InvalidOperationException("This key value holds bytes, not text.");

    /// <summary>The bytes of a <see cref="DynamoKeyValueKind.Binary"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value holds text or a number.</exception>
    public ReadOnlyMemory<byte> Bytes => _bytes ?? throw new InvalidOperationException("This key value holds text or a number, not bytes.");

    /// <summary>A text value (a String key, or the text of a number or base64 of bytes).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The key value.</returns>
    public static DynamoKeyValue FromText(string value) => new(DynamoKeyValueKind.Text, value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>A number (a Number key).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The key value.</returns>
    public static DynamoKeyValue FromNumber(long value) => new(DynamoKeyValueKind.Number, value.ToString(CultureInfo.InvariantCulture), null);

    /// <summary>A number (a Number key), written exactly.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The key value.</returns>
    public static DynamoKeyValue FromNumber(decimal value) => new(DynamoKeyValueKind.Number, value.ToString(CultureInfo.InvariantCulture), null);

    /// <summary>Bytes (a Binary key); copied, so later changes to the array do not change the query.</summary>
    /// <param name="value">The bytes.</param>
    /// <returns>The key value.</returns>
    public static DynamoKeyValue FromBytes(ReadOnlySpan<byte> value) => new(DynamoKeyValueKind.Binary, null, value.ToArray());

    /// <summary>A text value.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator DynamoKeyValue(string value) => FromText(value);

    /// <summary>A number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator DynamoKeyValue(int value) => FromNumber(value);

    /// <summary>A number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator DynamoKeyValue(long value) => FromNumber(value);

    /// <summary>A number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator DynamoKeyValue(decimal value) => FromNumber(value);

    /// <summary>Bytes.</summary>
    /// <param name="value">The bytes.</param>
    public static implicit operator DynamoKeyValue(byte[] value) => FromBytes(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Equal kind and content.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DynamoKeyValue left, DynamoKeyValue right) => left.Equals(right);

    /// <summary>Different kind or content.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DynamoKeyValue left, DynamoKeyValue right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(DynamoKeyValue other)
        => Kind == other.Kind && string.Equals(_text, other._text, StringComparison.Ordinal)
            && (_bytes is null ? other._bytes is null : other._bytes is not null && _bytes.AsSpan().SequenceEqual(other._bytes));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DynamoKeyValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _text, _bytes?.Length);

    /// <summary>The value as text, for diagnostics (bytes as base64).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text ?? Convert.ToBase64String(_bytes ?? []);
}

/// <summary>What a <see cref="DynamoKeyValue"/> holds.</summary>
public enum DynamoKeyValueKind
{
    /// <summary>Text.</summary>
    Text = 0,

    /// <summary>A number (its invariant text).</summary>
    Number = 1,

    /// <summary>Bytes.</summary>
    Binary = 2,
}
