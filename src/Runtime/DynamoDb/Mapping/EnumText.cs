using System;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Reads enum values from the forms other clients store: names in any casing (boto3-assist writes the Python enum's
/// value, often lowercase), comma-separated flag names, and numbers (DynamoDBContext writes every enum as <c>N</c>).
/// Only unambiguous text is accepted: a name that matches two members when case is ignored must match one exactly.
/// </summary>
internal static class EnumText
{
    /// <summary>
    /// An enum stored by number, read from the number (any of the underlying type) or from the name another client wrote
    /// (a defined name, or defined flag names): the one rule both item engines apply, and its error.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="text">The N text, or the S text when <paramref name="isName"/>.</param>
    /// <param name="isName">The value was stored as text.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    public static TEnum StoredByNumber<TEnum>(string text, bool isName, string entity, string attribute) where TEnum : struct, Enum
    {
        if (isName)
        {
            return TryParseName<TEnum>(text, out var byName) || AttributeValueReader.IsFlagCombination(text, out byName)
                ? byName
                : throw DynamoMappingErrors.Unparseable(entity, attribute, "a number of " + typeof(TEnum).Name + " or one of its names", "S", text);
        }

        return TryParseNumber<TEnum>(text, namedOnly: false, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "a number that fits " + typeof(TEnum).Name, "N", text);
    }

    /// <summary>
    /// An enum stored by name, read from its text (one name; for [Flags], comma-separated names) or from the number another
    /// client wrote (a defined member's; for [Flags], defined bits): the one rule both item engines apply, and its error.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="text">The S text, or the N text when <paramref name="isNumber"/>.</param>
    /// <param name="isNumber">The value was stored as a number.</param>
    /// <param name="flags">The member is a [Flags] enum.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    public static TEnum StoredByName<TEnum>(string text, bool isNumber, bool flags, string entity, string attribute) where TEnum : struct, Enum
    {
        if (isNumber)
        {
            return TryParseNumber<TEnum>(text, namedOnly: true, out var byNumber)
                ? byNumber
                : throw DynamoMappingErrors.Unparseable(entity, attribute, (flags ? "a number whose bits are defined flags of " : "the number of a defined member of ") + typeof(TEnum).Name, "N", text);
        }

        var parsed = flags ? TryParseFlagNames<TEnum>(text, out var result) : TryParseName<TEnum>(text, out result);
        return parsed
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, (flags ? "comma-separated names of " : "a name of ") + typeof(TEnum).Name, "S", text);
    }

    /// <summary>One defined name: exact first, then ignoring case when only one member matches that way.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The member.</param>
    /// <returns>Whether the text names exactly one member.</returns>
    public static bool TryParseName<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (!IsName(text))
        {
            return false;
        }

        if (Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value))
        {
            return true;
        }

        string? match = null;
        foreach (var name in Names<TEnum>.All)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                if (match is not null)
                {
                    return false; // "read" for both Read and READ: which one is not ours to guess.
                }

                match = name;
            }
        }

        return match is not null && Enum.TryParse(match, ignoreCase: false, out value);
    }

    /// <summary>Defined names separated by commas ("Read, Write", "read,write"), each matched as <see cref="TryParseName{TEnum}"/>.</summary>
    /// <typeparam name="TEnum">The [Flags] enum type.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The names combined.</param>
    /// <returns>Whether every part is one defined name.</returns>
    public static bool TryParseFlagNames<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        var parts = text.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParseName<TEnum>(parts[i].Trim(), out var flag))
            {
                return false;
            }

            // The exact member names, so that the combination below is parsed as Enum.ToString writes it.
            parts[i] = flag.ToString();
        }

        return Enum.TryParse(string.Join(", ", parts), ignoreCase: false, out value);
    }

    /// <summary>
    /// An integer (optional '-', digits only) that fits the enum's underlying type. With <paramref name="namedOnly"/>,
    /// only a value that has a name (for [Flags], bits that names cover) is accepted: a value stored by name could not
    /// be written back otherwise.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="text">The N text.</param>
    /// <param name="namedOnly">Refuse values without a name.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the number was accepted.</returns>
    public static bool TryParseNumber<TEnum>(string text, bool namedOnly, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (!IsInteger(text) || !Enum.TryParse(text, ignoreCase: false, out value))
        {
            return false;
        }

        return !namedOnly || HasName(value);
    }

    /// <summary>Whether <see cref="Enum.ToString()"/> gives names (not digits) for the value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Whether the value has a name.</returns>
    public static bool HasName<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var text = value.ToString();
        return text.Length > 0 && !char.IsDigit(text[0]) && text[0] != '-';
    }

    // A C# identifier as metadata holds it: a letter or '_' first, no sign, digit, comma or white space around it.
    private static bool IsName(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInteger(string text)
    {
        var start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (text.Length == start)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        public static readonly string[] All = Enum.GetNames<TEnum>();
    }
}
