using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Wire;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Reads one item into a generated type, from either form an item comes in: a <c>Dictionary&lt;string,
/// AttributeValue&gt;</c> (the SDK's) or DynamoDB JSON on a <see cref="Utf8JsonReader"/> (the HTTP transport's, with no
/// <c>AttributeValue</c> made). Each entity has one generated reader, written against this type, so <c>FromItem</c> and
/// <c>FromItemJson</c> cannot disagree: the same members, absent values and errors. For generated code only.
/// </summary>
/// <remarks>
/// The generated reader loops over <see cref="Next"/>, which gives the index (in the type's
/// <see cref="DynamoAttributeNames"/>) of the next attribute there is (a NULL attribute is no attribute), and reads its
/// value with the method of its type (<c>String()</c>), as it reads elements of lists and maps. After the loop,
/// <see cref="Has"/> says which attributes came and <see cref="Require"/> fails for one that must have. Every error is a
/// <see cref="DynamoMappingException"/> naming the type, the attribute path and what was expected.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct DynamoItemReader
{
    private Utf8JsonReader _json;
    private IReadOnlyDictionary<string, AttributeValue>? _item;
    private readonly bool _isJson;
    private DynamoAttributeNames _names;
    private string _path;
    private DynamoWireType _type;
    private AttributeValue? _value;
    private int _next;

    // The attributes Next gave, by index: the first 64 as bits here, the rest (a type with more names) in _seenMore.
    private ulong _seen;
    private ulong[]? _seenMore;

    private DynamoItemReader(Utf8JsonReader json, DynamoAttributeNames names, string path)
    {
        _json = json;
        _isJson = true;
        _names = names;
        _path = path;
    }

    private DynamoItemReader(IReadOnlyDictionary<string, AttributeValue>? item, AttributeValue? value, DynamoAttributeNames names, string path)
    {
        _item = item;
        _value = value;
        _names = names;
        _path = path;
    }

    /// <summary>Whether the item is read from DynamoDB JSON (else from a dictionary).</summary>
    public readonly bool IsJson => _isJson;

    private readonly string Entity => _names.Entity;

    /// <summary>Reads a whole item from a dictionary with the generated reader.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="item">The item.</param>
    /// <param name="names">The type's attribute names.</param>
    /// <param name="read">The generated reader.</param>
    /// <returns>The value.</returns>
    public static T FromItem<T>(IReadOnlyDictionary<string, AttributeValue> item, DynamoAttributeNames names, DynamoReadObject<T> read)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reader = new DynamoItemReader(item, null, names, string.Empty);
        return read(ref reader);
    }

    /// <summary>Reads a whole item from DynamoDB JSON (the reader is on its <c>{</c> and is left on its <c>}</c>).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="json">The JSON reader.</param>
    /// <param name="names">The type's attribute names.</param>
    /// <param name="read">The generated reader.</param>
    /// <returns>The value.</returns>
    public static T FromJson<T>(ref Utf8JsonReader json, DynamoAttributeNames names, DynamoReadObject<T> read)
    {
        // The reader is a struct: the item is read on a copy held here, which is handed back at the end.
        DynamoWireReader.StartItem(ref json, names.Entity);
        var reader = new DynamoItemReader(json, names, string.Empty);
        T value;
        try
        {
            value = read(ref reader);
        }
        catch (JsonException e)
        {
            throw reader.Named(e);
        }

        json = reader._json;
        return value;
    }

    // A JsonException of the JSON reader (not JSON at all), named by where the reader is: the type and attribute being
    // read (empty between attributes). The wire reader lets it through so that reading each token stays inlined; it is
    // caught here and where a nesting level (map, list, object) adds its part to the path.
    private readonly DynamoMappingException Named(Exception e) =>
        e as DynamoMappingException ?? DynamoWireReader.Malformed(Entity, _path, e);

    /// <summary>
    /// Moves to the next attribute of the item that the type maps (one of the first <see cref="DynamoAttributeNames.ReadCount"/>
    /// names), on its value, and gives its index; false when there is none left. Attributes the type does not map are
    /// skipped, and so are NULL attributes: a NULL value is an absent member, as in <c>FromItem</c>.
    /// </summary>
    /// <param name="index">The index of the attribute's name.</param>
    /// <returns>Whether there is one.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Next(out int index) => _isJson ? NextJson(out index) : NextItem(out index);

    // From a dictionary: the mapped names looked up in order, from the one after the last found.
    private bool NextItem(out int index)
    {
        var names = _names;
        var item = _item!;
        for (var i = _next; i < names.ReadCount; i++)
        {
            var name = names[i];
            if (item.TryGetValue(name, out var value) && value is not null && value.NULL != true)
            {
                _next = i + 1;
                _value = value;
                _path = name;
                Mark(i);
                index = i;
                return true;
            }
        }

        _next = names.ReadCount;
        index = -1;
        return false;
    }

    // From JSON: the next attribute's name matched against the mapped names; the others are skipped.
    private bool NextJson(out int index)
    {
        var names = _names;
        while (true)
        {
            _path = string.Empty; // between attributes: malformed JSON here is named by no attribute
            if (!DynamoWireReader.NextAttribute(ref _json, names.Entity))
            {
                break;
            }

            var found = _json.ValueIsEscaped || _json.HasValueSequence ? MatchSlow(names) : names.Match(_json.ValueSpan, _next);
            if (found < 0)
            {
                DynamoWireReader.Skip(ref _json, names.Entity);
                continue;
            }

            _next = found + 1;
            _path = names[found];
            if (DynamoWireReader.Open(ref _json, names.Entity, _path, out _type))
            {
                Mark(found);
                index = found;
                return true;
            }
        }

        index = -1;
        return false;
    }

    private readonly int MatchSlow(DynamoAttributeNames names)
    {
        for (var i = 0; i < names.ReadCount; i++)
        {
            if (_json.ValueTextEquals(names.Utf8(i)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <see cref="Next"/> gave the attribute of this index (it was in the item, not NULL).</summary>
    /// <param name="index">The attribute's index.</param>
    /// <returns>Whether it came.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Has(int index) =>
        index < 64 ? (_seen & (1UL << index)) != 0 : _seenMore is { } more && (more[(index - 64) >> 6] & (1UL << (index & 63))) != 0;

    /// <summary>Fails when the attribute of this index did not come: a member that must be in every item.</summary>
    /// <param name="index">The attribute's index.</param>
    /// <param name="expected">The DynamoDB type expected, for the error.</param>
    public readonly void Require(int index, string expected)
    {
        if (!Has(index))
        {
            throw Missing(index, expected);
        }
    }

    /// <summary>The error for a required attribute the item does not have.</summary>
    /// <param name="index">The attribute's index.</param>
    /// <param name="expected">The DynamoDB type expected.</param>
    /// <returns>The exception to throw.</returns>
    public readonly DynamoMappingException Missing(int index, string expected) => DynamoMappingErrors.Missing(Entity, _names[index], expected);

    /// <summary>
    /// A copy of the JSON reader where the item starts (call it before <see cref="Next"/>), to read an older item again for
    /// its schema upgrade; the default when reading a dictionary.
    /// </summary>
    /// <returns>The copy.</returns>
    public readonly Utf8JsonReader JsonStart() => _isJson ? _json : default;

    private void Mark(int index)
    {
        if (index < 64)
        {
            _seen |= 1UL << index;
            return;
        }

        _seenMore ??= new ulong[((_names.ReadCount - 64) >> 6) + 1];
        _seenMore[(index - 64) >> 6] |= 1UL << (index & 63);
    }
}
