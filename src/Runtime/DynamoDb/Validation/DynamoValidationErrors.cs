using System.Collections.Generic;
using System.Globalization;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Collects the violations of one validation run, scoped to the value being checked: inside a nested type the member
/// names given to <see cref="Add(string, string)"/> are completed to their path from the entity
/// (<c>Address.City</c>, <c>Lines[2].Sku</c>).
/// </summary>
public sealed class DynamoValidationErrors
{
    private readonly List<DynamoValidationError> _errors;
    private readonly string _prefix;

    /// <summary>Creates an empty collection for an entity.</summary>
    public DynamoValidationErrors()
        : this(new List<DynamoValidationError>(), string.Empty)
    {
    }

    private DynamoValidationErrors(List<DynamoValidationError> errors, string prefix)
    {
        _errors = errors;
        _prefix = prefix;
    }

    /// <summary>Every violation so far, of every scope.</summary>
    public IReadOnlyList<DynamoValidationError> Errors => _errors;

    /// <summary>True when a rule was broken.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The path of this scope: empty for the entity, <c>Address</c> inside its Address member.</summary>
    public string Path => _prefix.Length == 0 ? string.Empty : _prefix.Substring(0, _prefix.Length - 1);

    /// <summary>Adds a violation of a custom rule (rule name <c>Custom</c>).</summary>
    /// <param name="memberName">The member of the value being checked, or an empty string for the whole value.</param>
    /// <param name="message">What is expected; leave the member's value out.</param>
    public void Add(string memberName, string message) => Add(memberName, "Custom", message);

    /// <summary>Adds a violation of the rule <paramref name="rule"/>.</summary>
    /// <param name="memberName">The member of the value being checked, or an empty string for the whole value.</param>
    /// <param name="rule">The rule's name.</param>
    /// <param name="message">What is expected; leave the member's value out.</param>
    public void Add(string memberName, string rule, string message)
    {
        var path = string.IsNullOrEmpty(memberName) ? Path : _prefix + memberName;
        _errors.Add(new DynamoValidationError(path, rule, message));
    }

    /// <summary>The scope of a nested value held by <paramref name="memberName"/>.</summary>
    /// <param name="memberName">The member.</param>
    /// <returns>A scope sharing this collection.</returns>
    public DynamoValidationErrors Member(string memberName) => new(_errors, _prefix + memberName + ".");

    /// <summary>The scope of the element at <paramref name="index"/> of the list held by <paramref name="memberName"/>.</summary>
    /// <param name="memberName">The member.</param>
    /// <param name="index">The element's position.</param>
    /// <returns>A scope sharing this collection.</returns>
    public DynamoValidationErrors Element(string memberName, int index)
        => new(_errors, _prefix + memberName + "[" + index.ToString(CultureInfo.InvariantCulture) + "].");
}
