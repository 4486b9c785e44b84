using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>One key attribute of the table or an index, and the entity members its value is built from.</summary>
/// <param name="AttributeName">The attribute name.</param>
/// <param name="Type">The scalar type.</param>
/// <param name="Template">The key template, or <see langword="null"/> when the key is a member's own attribute.</param>
/// <param name="SourceMembers">The entity members the value is built from, in template order.</param>
public sealed record DynamoKeyAttributeDefinition(
    string AttributeName,
    DynamoKeyType Type,
    string? Template,
    IReadOnlyList<string> SourceMembers);
