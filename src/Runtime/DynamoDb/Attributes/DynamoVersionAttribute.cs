using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Marks an integral member as the optimistic-locking version: incremented on every write, with a condition on the
/// previous value. A conflict throws <c>DynamoVersionConflictException</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class DynamoVersionAttribute : Attribute
{
}
