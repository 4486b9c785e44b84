namespace Boto3Assist.DynamoDb;

/// <summary>One broken validation rule.</summary>
/// <param name="MemberPath">The member, from the entity: <c>Email</c>, <c>Address.City</c>, <c>Lines[2].Sku</c>; empty for a rule on the whole entity.</param>
/// <param name="Rule">The rule: <c>Required</c>, <c>Range</c>, <c>StringLength</c>, ..., or <c>Custom</c>.</param>
/// <param name="Message">What is expected, without the member's value.</param>
public sealed record DynamoValidationError(string MemberPath, string Rule, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => MemberPath.Length == 0 ? Message : MemberPath + ": " + Message;
}
