namespace Boto3Assist.DynamoDb;

/// <summary>
/// Custom validation rules of an entity or of a type stored inside one, run before every write after the generated
/// DataAnnotations checks. Add a violation with <see cref="DynamoValidationErrors.Add(string, string)"/>: the member
/// path is completed for nested types (<c>Address.City</c>). Keep the user's values out of messages: they end up in
/// the <see cref="DynamoValidationException"/> message and in logs.
/// </summary>
public interface IDynamoValidatable
{
    /// <summary>Adds every rule this value breaks to <paramref name="errors"/>.</summary>
    /// <param name="errors">Where violations are collected, scoped to this value's path.</param>
    void Validate(DynamoValidationErrors errors);
}
