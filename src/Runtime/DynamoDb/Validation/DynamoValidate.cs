using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The checks generated validation calls, one per DataAnnotations attribute, with the attribute's own semantics (a null
/// value passes every rule but <c>Required</c>) and its default messages, in which the member name stands where
/// DataAnnotations puts the display name. No reflection: the generator passes the member's value and the attribute's
/// arguments. A message never contains the value.
/// </summary>
/// <remarks>Meant for generated code only.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DynamoValidate
{
    /// <summary>How long a <c>[RegularExpression]</c> may run on one value: DataAnnotations' default, 2 seconds.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary><c>[Required]</c> on a reference or nullable member: not null.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void Required(DynamoValidationErrors errors, string member, object? value, string? message = null)
    {
        if (value is null)
        {
            Fail(errors, member, "Required", message ?? $"The {member} field is required.");
        }
    }

    /// <summary><c>[Required]</c> on a string: not null, and not empty or white space unless <paramref name="allowEmptyStrings"/>.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="allowEmptyStrings">The attribute's AllowEmptyStrings.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void Required(DynamoValidationErrors errors, string member, string? value, bool allowEmptyStrings = false, string? message = null)
    {
        if (value is null || (!allowEmptyStrings && string.IsNullOrWhiteSpace(value)))
        {
            Fail(errors, member, "Required", message ?? $"The {member} field is required.");
        }
    }

    /// <summary><c>[Range]</c> on an integral member.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The minimum.</param>
    /// <param name="maximum">The maximum.</param>
    /// <param name="minimumIsExclusive">The minimum itself is out of range.</param>
    /// <param name="maximumIsExclusive">The maximum itself is out of range.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void RangeInteger(DynamoValidationErrors errors, string member, long? value, long minimum, long maximum, bool minimumIsExclusive = false, bool maximumIsExclusive = false, string? message = null)
    {
        if (value is { } v && (v < minimum || v > maximum || (minimumIsExclusive && v == minimum) || (maximumIsExclusive && v == maximum)))
        {
            FailRange(errors, member, minimum.ToString(CultureInfo.InvariantCulture), maximum.ToString(CultureInfo.InvariantCulture), minimumIsExclusive, maximumIsExclusive, message);
        }
    }

    /// <summary><c>[Range]</c> on a floating-point member; NaN is out of every range.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The minimum.</param>
    /// <param name="maximum">The maximum.</param>
    /// <param name="minimumIsExclusive">The minimum itself is out of range.</param>
    /// <param name="maximumIsExclusive">The maximum itself is out of range.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void RangeDouble(DynamoValidationErrors errors, string member, double? value, double minimum, double maximum, bool minimumIsExclusive = false, bool maximumIsExclusive = false, string? message = null)
    {
        if (value is { } v && (double.IsNaN(v) || v < minimum || v > maximum || (minimumIsExclusive && v == minimum) || (maximumIsExclusive && v == maximum)))
        {
            FailRange(errors, member, minimum.ToString(CultureInfo.InvariantCulture), maximum.ToString(CultureInfo.InvariantCulture), minimumIsExclusive, maximumIsExclusive, message);
        }
    }

    /// <summary><c>[Range]</c> on a decimal member (or an unsigned 64-bit one).</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The minimum.</param>
    /// <param name="maximum">The maximum.</param>
    /// <param name="minimumIsExclusive">The minimum itself is out of range.</param>
    /// <param name="maximumIsExclusive">The maximum itself is out of range.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void RangeDecimal(DynamoValidationErrors errors, string member, decimal? value, decimal minimum, decimal maximum, bool minimumIsExclusive = false, bool maximumIsExclusive = false, string? message = null)
    {
        if (value is { } v && (v < minimum || v > maximum || (minimumIsExclusive && v == minimum) || (maximumIsExclusive && v == maximum)))
        {
            FailRange(errors, member, minimum.ToString(CultureInfo.InvariantCulture), maximum.ToString(CultureInfo.InvariantCulture), minimumIsExclusive, maximumIsExclusive, message);
        }
    }

    /// <summary><c>[StringLength]</c>: at most <paramref name="maximumLength"/> characters, at least <paramref name="minimumLength"/>.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="maximumLength">The maximum length.</param>
    /// <param name="minimumLength">The minimum length.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void StringLength(DynamoValidationErrors errors, string member, string? value, int maximumLength, int minimumLength = 0, string? message = null)
    {
        if (value is not null && (value.Length > maximumLength || value.Length < minimumLength))
        {
            Fail(errors, member, "StringLength", message ?? (minimumLength == 0
                ? $"The field {member} must be a string with a maximum length of {maximumLength}."
                : $"The field {member} must be a string with a minimum length of {minimumLength} and a maximum length of {maximumLength}."));
        }
    }

    /// <summary><c>[MinLength]</c> on a string.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="length">The minimum length.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void MinLength(DynamoValidationErrors errors, string member, string? value, int length, string? message = null)
        => MinLength(errors, member, value?.Length, length, message);

    /// <summary><c>[MinLength]</c> on a collection or array: at least <paramref name="length"/> elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="length">The minimum length.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void MinLength<T>(DynamoValidationErrors errors, string member, IEnumerable<T>? value, int length, string? message = null)
        => MinLength(errors, member, Count(value), length, message);

    /// <summary><c>[MaxLength]</c> on a string.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="length">The maximum length.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void MaxLength(DynamoValidationErrors errors, string member, string? value, int length, string? message = null)
        => MaxLength(errors, member, value?.Length, length, message);

    /// <summary><c>[MaxLength]</c> on a collection or array: at most <paramref name="length"/> elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="length">The maximum length.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void MaxLength<T>(DynamoValidationErrors errors, string member, IEnumerable<T>? value, int length, string? message = null)
        => MaxLength(errors, member, Count(value), length, message);

    /// <summary><c>[Length]</c> on a string.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimumLength">The minimum length.</param>
    /// <param name="maximumLength">The maximum length.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void Length(DynamoValidationErrors errors, string member, string? value, int minimumLength, int maximumLength, string? message = null)
        => Length(errors, member, value?.Length, minimumLength, maximumLength, message);

    /// <summary><c>[Length]</c> on a collection or array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="minimumLength">The minimum length.</param>
    /// <param name="maximumLength">The maximum length.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void Length<T>(DynamoValidationErrors errors, string member, IEnumerable<T>? value, int minimumLength, int maximumLength, string? message = null)
        => Length(errors, member, Count(value), minimumLength, maximumLength, message);

    /// <summary>
    /// <c>[RegularExpression]</c>: the whole value matches <paramref name="pattern"/> (as DataAnnotations checks it), within
    /// <see cref="RegexTimeout"/>; a match that times out counts as a violation.
    /// </summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void RegularExpression(DynamoValidationErrors errors, string member, string? value, string pattern, string? message = null)
    {
        if (value is null || value.Length == 0)
        {
            return; // DataAnnotations: an empty string is valid (use [Required] to refuse it)
        }

        var regex = Patterns.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, RegexTimeout));
        bool matches;
        try
        {
            var match = regex.Match(value);
            matches = match.Success && match.Index == 0 && match.Length == value.Length;
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }

        if (!matches)
        {
            Fail(errors, member, "RegularExpression", message ?? $"The field {member} must match the regular expression '{pattern}'.");
        }
    }

    /// <summary><c>[EmailAddress]</c>: one <c>@</c>, neither first nor last (DataAnnotations' check).</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void EmailAddress(DynamoValidationErrors errors, string member, string? value, string? message = null)
    {
        if (value is null)
        {
            return;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == value.Length - 1 || value.IndexOf('@', at + 1) >= 0 || value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
        {
            Fail(errors, member, "EmailAddress", message ?? $"The {member} field is not a valid e-mail address.");
        }
    }

    /// <summary><c>[Url]</c>: starts with <c>http://</c>, <c>https://</c> or <c>ftp://</c> (DataAnnotations' check).</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="message">The attribute's ErrorMessage, or <see langword="null"/> for the default.</param>
    public static void Url(DynamoValidationErrors errors, string member, string? value, string? message = null)
    {
        if (value is null)
        {
            return;
        }

        if (!value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            Fail(errors, member, "Url", message ?? $"The {member} field is not a valid fully-qualified http, https, or ftp URL.");
        }
    }

    /// <summary>Checks a nested value through its generated checks and its <see cref="IDynamoValidatable"/> hook.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="errors">The errors of the scope holding the member.</param>
    /// <param name="member">The member name.</param>
    /// <param name="value">The value; null passes.</param>
    /// <param name="validate">The generated checks of the type, or <see langword="null"/> when it declares none.</param>
    public static void Nested<T>(DynamoValidationErrors errors, string member, T? value, Action<T, DynamoValidationErrors>? validate)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            return;
        }

        var scope = errors.Member(member);
        validate?.Invoke(value, scope);
        (value as IDynamoValidatable)?.Validate(scope);
    }

    /// <summary>Checks each element of a list of nested values, scoped by position (<c>Lines[2]</c>).</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="errors">The errors of the scope holding the member.</param>
    /// <param name="member">The member name.</param>
    /// <param name="values">The values; null passes, and so does a null element.</param>
    /// <param name="validate">The generated checks of the type, or <see langword="null"/> when it declares none.</param>
    public static void Elements<T>(DynamoValidationErrors errors, string member, IEnumerable<T?>? values, Action<T, DynamoValidationErrors>? validate)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (values is null)
        {
            return;
        }

        var index = 0;
        foreach (var value in values)
        {
            if (value is not null)
            {
                var scope = errors.Element(member, index);
                validate?.Invoke(value, scope);
                (value as IDynamoValidatable)?.Validate(scope);
            }

            index++;
        }
    }

    private static void MinLength(DynamoValidationErrors errors, string member, int? count, int length, string? message)
    {
        if (count is { } n && n < length)
        {
            Fail(errors, member, "MinLength", message ?? $"The field {member} must be a string or array type with a minimum length of '{length}'.");
        }
    }

    private static void MaxLength(DynamoValidationErrors errors, string member, int? count, int length, string? message)
    {
        // MaxLength(-1) (the attribute's parameterless form) means "as long as the store allows".
        if (count is { } n && length >= 0 && n > length)
        {
            Fail(errors, member, "MaxLength", message ?? $"The field {member} must be a string or array type with a maximum length of '{length}'.");
        }
    }

    private static void Length(DynamoValidationErrors errors, string member, int? count, int minimumLength, int maximumLength, string? message)
    {
        if (count is { } n && (n < minimumLength || n > maximumLength))
        {
            Fail(errors, member, "Length", message ?? $"The field {member} must be a string or collection type with a minimum length of '{minimumLength}' and maximum length of '{maximumLength}'.");
        }
    }

    private static int? Count<T>(IEnumerable<T>? value) => value switch
    {
        null => null,
        ICollection<T> collection => collection.Count,
        IReadOnlyCollection<T> collection => collection.Count,
        _ => value.Count(),
    };

    private static void FailRange(DynamoValidationErrors errors, string member, string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive, string? message)
    {
        var text = message ?? (minimumIsExclusive || maximumIsExclusive
            ? $"The field {member} must be between {minimum} {(minimumIsExclusive ? "exclusive" : "inclusive")} and {maximum} {(maximumIsExclusive ? "exclusive" : "inclusive")}."
            : $"The field {member} must be between {minimum} and {maximum}.");
        Fail(errors, member, "Range", text);
    }

    private static void Fail(DynamoValidationErrors errors, string member, string rule, string message)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Add(member, rule, message);
    }
}
