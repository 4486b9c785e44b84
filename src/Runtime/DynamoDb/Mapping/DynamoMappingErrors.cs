using System;
using System.ComponentModel;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Builds the <see cref="DynamoMappingException"/>s that generated code and the readers and writers throw. Values from
/// the data are kept on <see cref="DynamoMappingException.Found"/> and quoted in the message only when
/// <see cref="ErrorValues.Show"/> is on; otherwise the message says the type and length.
/// </summary>
/// <remarks>
/// For generated code only: it is public because the code generated into the user's assembly calls it, and hidden
/// from IntelliSense (as the LoggerMessage generator's helpers are). Its members may change with the generator.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DynamoMappingErrors
{
    private const int MaxShownValueLength = 60;

    /// <summary>A required attribute is absent (or NULL).</summary>
    /// <param name="entity">The entity name.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="expected">The expected DynamoDB type, e.g. <c>S</c>.</param>
    /// <returns>The exception to throw.</returns>
    public static DynamoMappingException Missing(string entity, string attribute, string expected) =>
        new(entity, attribute, expected, "no attribute (it is required)");

    /// <summary>A member the table key is built from is null when the item is written.</summary>
    /// <param name="entity">The entity name.</param>
    /// <param name="attribute">The key attribute name.</param>
    /// <param name="member">The null member.</param>
    /// <returns>The exception to throw.</returns>
    public static DynamoMappingException NullKeyMember(string entity, string attribute, string member) =>
        new(entity, attribute, $"a value for member '{member}' (the key is built from it)", "null");

    /// <summary>The attribute has another DynamoDB type than the member needs.</summary>
    /// <param name="entity">The entity name.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="expected">The expected DynamoDB type, e.g. <c>N</c>.</param>
    /// <param name="found">The attribute value found.</param>
    /// <returns>The exception to throw.</returns>
    internal static DynamoMappingException WrongType(string entity, string attribute, string expected, AttributeValue found) =>
        new(entity, attribute, expected, TypeOf(found));

    /// <summary>The attribute has the right DynamoDB type but its text cannot be parsed.</summary>
    /// <param name="entity">The entity name.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="expected">What the text should be, e.g. <c>an Int32 number</c>.</param>
    /// <param name="type">The DynamoDB type of the value (<c>S</c> or <c>N</c>).</param>
    /// <param name="text">The text found (quoted in the message only when <see cref="ErrorValues.Show"/> is on).</param>
    /// <param name="inner">The parse error, if any.</param>
    /// <returns>The exception to throw.</returns>
    internal static DynamoMappingException Unparseable(string entity, string attribute, string expected, string type, string text, Exception? inner = null) =>
        new(entity, attribute, expected, $"{type} \"{Shorten(text)}\"", Redacted(type, text), inner);

    /// <summary>
    /// Re-raises an error from inside a nested map, list or converter under the outer entity, with the attribute path
    /// extended (<c>Lines</c> + <c>[2]</c> + <c>Sku</c> gives <c>Lines[2].Sku</c>).
    /// </summary>
    /// <param name="inner">The error from inside.</param>
    /// <param name="entity">The outer entity name.</param>
    /// <param name="prefix">The outer attribute path.</param>
    /// <returns>The exception to throw.</returns>
    internal static DynamoMappingException Nest(DynamoMappingException inner, string entity, string prefix) =>
        new(entity, Combine(prefix, inner.Attribute), inner.Expected, inner.Found, inner.FoundWithoutValue, inner.InnerException);

    /// <summary>Re-raises a converter's error under the member it converts (the converter does not know where it is used).</summary>
    /// <param name="inner">The converter's error.</param>
    /// <param name="entity">The entity name.</param>
    /// <param name="attribute">The attribute path.</param>
    /// <returns>The exception to throw.</returns>
    internal static DynamoMappingException Relabel(DynamoMappingException inner, string entity, string attribute) =>
        new(entity, attribute, inner.Expected, inner.Found, inner.FoundWithoutValue, inner.InnerException ?? inner);

    /// <summary>Joins an attribute path and a nested path: <c>a</c> + <c>b</c> = <c>a.b</c>, <c>a</c> + <c>[1]</c> = <c>a[1]</c>.</summary>
    /// <param name="prefix">The outer path.</param>
    /// <param name="rest">The inner path.</param>
    /// <returns>The joined path.</returns>
    internal static string Combine(string prefix, string rest)
    {
        if (rest.Length == 0)
        {
            return prefix;
        }

        if (prefix.Length == 0)
        {
            return rest;
        }

        return rest[0] == '[' ? prefix + rest : prefix + "." + rest;
    }

    /// <summary>The DynamoDB type of a value as DynamoDB names it (<c>S</c>, <c>N</c>, <c>M</c>...).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The type name, or <c>an empty value</c>.</returns>
    internal static string TypeOf(AttributeValue? value)
    {
        if (value is null)
        {
            return "no value";
        }

        if (value.S is not null)
        {
            return "S";
        }

        if (value.N is not null)
        {
            return "N";
        }

        if (value.BOOL is not null)
        {
            return "BOOL";
        }

        if (value.NULL == true)
        {
            return "NULL";
        }

        if (value.B is not null)
        {
            return "B";
        }

        if (value.M is not null)
        {
            return "M";
        }

        if (value.L is not null)
        {
            return "L";
        }

        if (value.SS is not null)
        {
            return "SS";
        }

        if (value.NS is not null)
        {
            return "NS";
        }

        return value.BS is not null ? "BS" : "an empty value";
    }

    /// <summary>What was found, without the value: <c>S of 10 characters</c>.</summary>
    internal static string Redacted(string type, string text) => $"{type} of {text.Length} characters";

    private static string Shorten(string text) => text.Length <= MaxShownValueLength ? text : text.Substring(0, MaxShownValueLength) + "...";
}
