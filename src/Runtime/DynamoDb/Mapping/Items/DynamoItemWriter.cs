using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Writes a generated type as an item, in either form an item goes in: a <c>Dictionary&lt;string, AttributeValue&gt;</c>
/// (for the SDK) or DynamoDB JSON on a <see cref="Utf8JsonWriter"/> (for the HTTP transport, with no
/// <c>AttributeValue</c> made). Each entity has one generated writer, written against this type, so <c>ToItem</c> and
/// <c>WriteItemJson</c> cannot disagree. For generated code only.
/// </summary>
/// <remarks>
/// The generated writer calls the member form of a method with the attribute's index in the type's
/// <see cref="DynamoAttributeNames"/> (<c>String(3, value)</c>); elements of lists and maps are written with the element
/// form (<c>String(value)</c>). Every error is a <see cref="DynamoMappingException"/> naming the type, the attribute path
/// and what was expected.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct DynamoItemWriter
{
    private readonly Utf8JsonWriter? _json;
    private readonly Dictionary<string, AttributeValue>? _item;
    private readonly DynamoAttributeNames _names;
    private string _path;
    private string? _name;
    private AttributeValue? _element;

    private DynamoItemWriter(Utf8JsonWriter? json, Dictionary<string, AttributeValue>? item, DynamoAttributeNames names, string path)
    {
        _json = json;
        _item = item;
        _names = names;
        _path = path;
    }

    /// <summary>Whether the item is written as DynamoDB JSON (else into a dictionary).</summary>
    public readonly bool IsJson => _json is not null;

    private readonly string Entity => _names.Entity;

    /// <summary>Writes a whole item into a new dictionary with the generated writer.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="names">The type's attribute names.</param>
    /// <param name="write">The generated writer.</param>
    /// <returns>The item.</returns>
    public static Dictionary<string, AttributeValue> ToItem<T>(T value, DynamoAttributeNames names, DynamoWriteObject<T> write)
    {
        var item = new Dictionary<string, AttributeValue>(names.Count);
        var writer = new DynamoItemWriter(null, item, names, string.Empty);
        write(ref writer, value);
        return item;
    }

    /// <summary>Writes a whole item as a JSON object of typed values with the generated writer.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="json">The JSON writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="names">The type's attribute names.</param>
    /// <param name="write">The generated writer.</param>
    public static void ToJson<T>(Utf8JsonWriter json, T value, DynamoAttributeNames names, DynamoWriteObject<T> write)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        var writer = new DynamoItemWriter(json, null, names, string.Empty);
        write(ref writer, value);
        json.WriteEndObject();
    }

    // One attribute of a type written alone with its generated write (a field's value, for a condition or an update): what
    // that attribute would be in ToItem's dictionary, or null when nothing is written (an empty set).
    internal static AttributeValue? Attribute<T>(T value, DynamoAttributeNames names, int index, DynamoWriteObject<T> write)
    {
        var item = new Dictionary<string, AttributeValue>(1);
        var writer = new DynamoItemWriter(null, item, names, string.Empty);
        write(ref writer, value);
        return item.TryGetValue(names[index], out var written) ? written : null;
    }

    /// <summary>The error for a key member that is null (the item would have no key).</summary>
    /// <param name="index">The key attribute's index.</param>
    /// <param name="member">The member's name.</param>
    /// <returns>The exception to throw.</returns>
    public readonly DynamoMappingException NullKey(int index, string member) => DynamoMappingErrors.NullKeyMember(Entity, _names[index], member);

    // The attribute the next value goes to.
    private void Name(int index)
    {
        _path = _names[index];
        if (_json is { } json)
        {
            json.WritePropertyName(_names.Utf8(index));
        }
        else
        {
            _name = _path;
        }
    }

    // A value for the dictionary: the attribute named last, or (for an element) kept for the list or map being written.
    private void Put(AttributeValue value)
    {
        if (_name is { } name)
        {
            _item![name] = value;
            _name = null;
        }
        else
        {
            _element = value;
        }
    }

    // A writer of one element or map value.
    private readonly DynamoItemWriter Element() => new(_json, null, _names, string.Empty);
}
