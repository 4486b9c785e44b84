using System;

namespace Boto3Assist.DynamoDb;

/// <summary>Leaves the member out of the item in both directions.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class DynamoIgnoreAttribute : Attribute
{
}
