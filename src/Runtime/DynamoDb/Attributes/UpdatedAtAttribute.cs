using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Marks the member that holds when the item was last written (<c>DateTimeOffset</c>, <c>DateTime</c>, their nullable
/// forms, or <c>long</c> Unix epoch milliseconds). Every write path (put, create, update, batch, transaction, move) sets
/// it to the current time of <see cref="DynamoDataAccessOptions.TimeProvider"/>, whatever the entity carries. Usable as
/// <c>[UpdatedAt]</c> (<c>[property: UpdatedAt]</c> on a record parameter).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class UpdatedAtAttribute : Attribute
{
}
