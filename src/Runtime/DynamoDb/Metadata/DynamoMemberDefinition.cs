namespace Boto3Assist.DynamoDb;

/// <summary>One mapped member of an entity.</summary>
/// <param name="MemberName">The C# member name.</param>
/// <param name="AttributeName">The DynamoDB attribute name.</param>
/// <param name="IsPrimaryKeySource"><see langword="true"/> when the table key is built from this member (it must not change in an update).</param>
public sealed record DynamoMemberDefinition(
    string MemberName,
    string AttributeName,
    bool IsPrimaryKeySource);
