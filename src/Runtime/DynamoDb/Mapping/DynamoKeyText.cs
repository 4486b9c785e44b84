using System;
using System.ComponentModel;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Writes a string member into a key, as the generated key builders do. For generated code only: it is public because
/// generated code in the user's assembly calls it, and hidden from IntelliSense.
/// </summary>
/// <remarks>
/// A value may not be empty nor contain one of its template's delimiters (the separators of the template's literal
/// text, <c>#</c> always): otherwise <c>USER#{UserId}</c> with user <c>1#ORDER#x</c> would build the key of user 1's
/// order x, and <c>USER#</c> the prefix of every user. A placeholder declared <c>{Member:raw}</c> takes any text.
/// The error names the entity, the key attribute and the member, never the value.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DynamoKeyText
{
    /// <summary>The value as written into the key, checked.</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="delimiters">The characters the value may not contain.</param>
    /// <param name="entity">The entity, for the error.</param>
    /// <param name="attribute">The key attribute, for the error.</param>
    /// <param name="member">The member, for the error.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="DynamoMappingException">The value is empty or contains a delimiter.</exception>
    public static string Checked(string value, string delimiters, string entity, string attribute, string member)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw new DynamoMappingException(entity, attribute, $"a non-empty value of '{member}' (an empty one builds a prefix of every {member}; declare {{{member}:raw}} to allow it)", "an empty string");
        }

        var at = value.AsSpan().IndexOfAny(delimiters);
        if (at >= 0)
        {
            throw new DynamoMappingException(entity, attribute, $"a value of '{member}' without the key delimiter '{value[at]}' (it would build another item's key; declare {{{member}:raw}} if values may hold it)", $"'{value[at]}' at position {at}");
        }

        return value;
    }

    /// <summary>The value lower-cased with the invariant culture, then checked as <see cref="Checked"/>.</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="delimiters">The characters the value may not contain.</param>
    /// <param name="entity">The entity, for the error.</param>
    /// <param name="attribute">The key attribute, for the error.</param>
    /// <param name="member">The member, for the error.</param>
    /// <returns>The lower-cased value.</returns>
    public static string Lower(string value, string delimiters, string entity, string attribute, string member) =>
        Checked(value.ToLowerInvariant(), delimiters, entity, attribute, member);

    /// <summary>The value upper-cased with the invariant culture, then checked as <see cref="Checked"/>.</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="delimiters">The characters the value may not contain.</param>
    /// <param name="entity">The entity, for the error.</param>
    /// <param name="attribute">The key attribute, for the error.</param>
    /// <param name="member">The member, for the error.</param>
    /// <returns>The upper-cased value.</returns>
    public static string Upper(string value, string delimiters, string entity, string attribute, string member) =>
        Checked(value.ToUpperInvariant(), delimiters, entity, attribute, member);
}
