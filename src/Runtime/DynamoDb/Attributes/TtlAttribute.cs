using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Marks the time-to-live member (<c>DateTimeOffset?</c>, <c>DateTime?</c> or an integral type holding Unix epoch seconds).
/// It is stored as a Number of Unix epoch seconds, the only form DynamoDB expires. Usable as <c>[Ttl]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class TtlAttribute : Attribute
{
}
