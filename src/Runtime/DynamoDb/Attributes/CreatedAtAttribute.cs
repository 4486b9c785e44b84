using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Marks the member that holds when the item was created (<c>DateTimeOffset</c>, <c>DateTime</c>, their nullable forms,
/// or <c>long</c> Unix epoch milliseconds). Every write path sets it from
/// <see cref="DynamoDataAccessOptions.TimeProvider"/> when the entity carries no value (null, <c>default</c>, 0) and
/// keeps the entity's value otherwise; updates write it with <c>if_not_exists</c>, so a stored created-at is never
/// overwritten. Usable as <c>[CreatedAt]</c> (<c>[property: CreatedAt]</c> on a record parameter).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class CreatedAtAttribute : Attribute
{
}
