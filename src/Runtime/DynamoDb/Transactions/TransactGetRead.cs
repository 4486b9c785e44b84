using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// One read of a read transaction: what is checked and reported of it, the request item, and how its answer becomes the
/// entity it was asked as, from a dictionary (<see cref="Map"/>, the SDK transport) or from DynamoDB JSON
/// (<see cref="ReadJson"/>, the HTTP transport). The readers are static: given the read's table when called.
/// </summary>
internal sealed record TransactGetRead(
    TransactionAction Action,
    TransactGetItem Item,
    string TableName,
    Func<IReadOnlyDictionary<string, AttributeValue>, string, object> Map,
    EntityJsonReader ReadJson);

/// <summary>A TransactGetItems answer with its items read as entities, by read (null where there is no item), and the capacity.</summary>
internal sealed record DynamoTransactGetPage(object?[] Items, List<ConsumedCapacity>? Capacity);
