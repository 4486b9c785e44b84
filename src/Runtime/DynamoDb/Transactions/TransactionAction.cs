using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// One action of a transaction: its position, a readable description, the item identity, the version it expects,
/// how to read the version of a stored item, and how to map a stored item to the entity (for a failure's current item).
/// </summary>
internal sealed record TransactionAction(
    int Index,
    string Description,
    string Identity,
    string EntityName,
    long? ExpectedVersion,
    Func<IReadOnlyDictionary<string, AttributeValue>, long>? ReadVersion,
    Func<IReadOnlyDictionary<string, AttributeValue>, object?>? TryMap = null,
    Func<IReadOnlyDictionary<string, AttributeValue>, string?>? OtherType = null);
