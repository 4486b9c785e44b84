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
/// <see cref="DynamoAttributeNames"/>) of the next attribute there is, and reads it with the member form of a method
/// (<c>String(out present)</c>); elements of lists and maps are read with the element form (<c>String()</c>). Every error
/// is a <see cref="DynamoMappingException"/> naming the type, the attribute path and what was expected.
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
        var value = read(ref reader);
        json = reader._json;
        return value;
    }

    /// <summary>
    /// Moves to the next attribute of the item that the type maps (one of the first <see cref="DynamoAttributeNames.ReadCount"/>
    /// names) and gives its index; false when there is none left. Attributes the type does not map are skipped; a NULL
    /// attribute is given (its member read says it is absent).
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
        while (DynamoWireReader.NextAttribute(ref _json, names.Entity))
        {
            var found = _json.ValueIsEscaped || _json.HasValueSequence ? MatchSlow(names) : names.Match(_json.ValueSpan, _next);
            if (found >= 0)
            {
                _next = found + 1;
                _path = names[found];
                index = found;
                return true;
            }

            DynamoWireReader.Skip(ref _json, names.Entity);
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

    // The member form: the attribute's typed value is opened; false for NULL (the member is absent). The dictionary form
    // has no NULL here: Next gives only values that are there.
    private bool Open()
    {
        if (!_isJson)
        {
            return true;
        }

        return DynamoWireReader.Open(ref _json, Entity, _path, out _type);
    }
}
