using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// An entity broke its validation rules (DataAnnotations attributes, <see cref="IDynamoValidatable"/>): nothing was
/// sent. Lists every violation with its member path; the message holds the rules, never the values.
/// </summary>
public sealed class DynamoValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityName">The entity (CLR type name).</param>
    /// <param name="errors">Every violation.</param>
    public DynamoValidationException(string entityName, IReadOnlyList<DynamoValidationError> errors)
        : base(Describe(entityName, errors))
    {
        EntityName = entityName;
        Errors = errors;
    }

    /// <summary>The entity (CLR type name).</summary>
    public string EntityName { get; }

    /// <summary>Every violation, in the order the members are declared.</summary>
    public IReadOnlyList<DynamoValidationError> Errors { get; }

    private static string Describe(string entityName, IReadOnlyList<DynamoValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"{entityName} is not valid ({errors.Count} {(errors.Count == 1 ? "violation" : "violations")}); nothing was sent: "
            + string.Join("; ", errors.Select(e => e.ToString())) + ".";
    }
}
