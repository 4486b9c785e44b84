namespace Boto3Assist.DynamoDb;

/// <summary>One mapped member of an entity.</summary>
/// <param name="MemberName">The C# member name.</param>
/// <param name="AttributeName">The DynamoDB attribute name.</param>
/// <param name="IsPrimaryKeySource"><see langword="true"/> when the table key is built from this member (it must not change in an update).</param>
public sealed record DynamoMemberDefinition(
    string MemberName,
    string AttributeName,
    bool IsPrimaryKeySource)
{
    /// <summary>A member stored under its own name that the table key is not built from (what most members are).</summary>
    /// <param name="memberName">The C# member name, also the attribute name.</param>
    public DynamoMemberDefinition(string memberName)
        : this(memberName, memberName, false)
    {
    }
}
