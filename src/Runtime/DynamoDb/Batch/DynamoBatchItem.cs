using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>One item of a batch write or get, as the caller added it.</summary>
/// <param name="TableName">The table.</param>
/// <param name="EntityName">The entity.</param>
/// <param name="Operation"><c>Put</c>, <c>Delete</c> or <c>Get</c>.</param>
/// <param name="Key">The item's primary key.</param>
public sealed record DynamoBatchItem(string TableName, string EntityName, string Operation, IReadOnlyDictionary<string, AttributeValue> Key);
