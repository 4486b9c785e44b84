using System;
using System.Collections.Generic;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Writes the SDK's request objects as the JSON body of the DynamoDB low-level API (what the SDK's own marshallers
/// send), so every request builder of the runtime works on the HTTP transport unchanged. Members left unset (null) are
/// not written, as the SDK leaves them out. Items and keys go through <see cref="DynamoItemJson"/>.
/// </summary>
internal static class DynamoRequestJson
{
    public static void GetItem(Utf8JsonWriter w, GetItemRequest r)
    {
        w.WriteStartObject();
        String(w, "TableName"u8, r.TableName);
        Item(w, "Key"u8, r.Key);
        Bool(w, "ConsistentRead"u8, r.ConsistentRead);
        String(w, "ProjectionExpression"u8, r.ProjectionExpression);
        Names(w, r.ExpressionAttributeNames);
        Strings(w, "AttributesToGet"u8, r.AttributesToGet);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        w.WriteEndObject();
    }

    /// <summary>PutItem; the item is <paramref name="itemJson"/> (already DynamoDB JSON, a typed put's) when given, else <c>r.Item</c>.</summary>
    public static void PutItem(Utf8JsonWriter w, PutItemRequest r, ReadOnlyMemory<byte>? itemJson = null)
    {
        w.WriteStartObject();
        String(w, "TableName"u8, r.TableName);
        if (itemJson is { } json)
        {
            RawItem(w, "Item"u8, json.Span);
        }
        else
        {
            Item(w, "Item"u8, r.Item);
        }

        ConditionAndReturns(w, r.ConditionExpression, r.ExpressionAttributeNames, r.ExpressionAttributeValues, r.ReturnValues, r.ReturnValuesOnConditionCheckFailure, r.ReturnConsumedCapacity, r.ReturnItemCollectionMetrics);
        w.WriteEndObject();
    }

    public static void DeleteItem(Utf8JsonWriter w, DeleteItemRequest r)
    {
        w.WriteStartObject();
        String(w, "TableName"u8, r.TableName);
        Item(w, "Key"u8, r.Key);
        ConditionAndReturns(w, r.ConditionExpression, r.ExpressionAttributeNames, r.ExpressionAttributeValues, r.ReturnValues, r.ReturnValuesOnConditionCheckFailure, r.ReturnConsumedCapacity, r.ReturnItemCollectionMetrics);
        w.WriteEndObject();
    }

    public static void UpdateItem(Utf8JsonWriter w, UpdateItemRequest r)
    {
        w.WriteStartObject();
        String(w, "TableName"u8, r.TableName);
        Item(w, "Key"u8, r.Key);
        String(w, "UpdateExpression"u8, r.UpdateExpression);
        ConditionAndReturns(w, r.ConditionExpression, r.ExpressionAttributeNames, r.ExpressionAttributeValues, r.ReturnValues, r.ReturnValuesOnConditionCheckFailure, r.ReturnConsumedCapacity, r.ReturnItemCollectionMetrics);
        w.WriteEndObject();
    }

    /// <summary>What PutItem, DeleteItem and UpdateItem end with alike: the condition, its names and values, what to return.</summary>
    private static void ConditionAndReturns(
        Utf8JsonWriter w,
        string? condition,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values,
        ConstantClass? returnValues,
        ConstantClass? returnValuesOnConditionCheckFailure,
        ConstantClass? returnConsumedCapacity,
        ConstantClass? returnItemCollectionMetrics)
    {
        String(w, "ConditionExpression"u8, condition);
        Names(w, names);
        Values(w, values);
        Constant(w, "ReturnValues"u8, returnValues);
        Constant(w, "ReturnValuesOnConditionCheckFailure"u8, returnValuesOnConditionCheckFailure);
        Constant(w, "ReturnConsumedCapacity"u8, returnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, returnItemCollectionMetrics);
    }

    public static void Query(Utf8JsonWriter w, QueryRequest r)
    {
        w.WriteStartObject();
        String(w, "KeyConditionExpression"u8, r.KeyConditionExpression);
        Bool(w, "ScanIndexForward"u8, r.ScanIndexForward);
        PageRequest(w, r.TableName, r.IndexName, r.FilterExpression, r.ProjectionExpression, r.Select, r.ConsistentRead, r.Limit, r.ExpressionAttributeNames, r.ExpressionAttributeValues, r.ExclusiveStartKey, r.ReturnConsumedCapacity);
        w.WriteEndObject();
    }

    public static void Scan(Utf8JsonWriter w, ScanRequest r)
    {
        w.WriteStartObject();
        Int(w, "Segment"u8, r.Segment);
        Int(w, "TotalSegments"u8, r.TotalSegments);
        PageRequest(w, r.TableName, r.IndexName, r.FilterExpression, r.ProjectionExpression, r.Select, r.ConsistentRead, r.Limit, r.ExpressionAttributeNames, r.ExpressionAttributeValues, r.ExclusiveStartKey, r.ReturnConsumedCapacity);
        w.WriteEndObject();
    }

    /// <summary>What Query and Scan take alike: the table or index, the filter and projection, the page and where it starts.</summary>
    private static void PageRequest(
        Utf8JsonWriter w,
        string? table,
        string? index,
        string? filter,
        string? projection,
        ConstantClass? select,
        bool? consistentRead,
        int? limit,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values,
        Dictionary<string, AttributeValue>? exclusiveStartKey,
        ConstantClass? returnConsumedCapacity)
    {
        String(w, "TableName"u8, table);
        String(w, "IndexName"u8, index);
        String(w, "FilterExpression"u8, filter);
        String(w, "ProjectionExpression"u8, projection);
        Constant(w, "Select"u8, select);
        Bool(w, "ConsistentRead"u8, consistentRead);
        Int(w, "Limit"u8, limit);
        Names(w, names);
        Values(w, values);
        Item(w, "ExclusiveStartKey"u8, exclusiveStartKey);
        Constant(w, "ReturnConsumedCapacity"u8, returnConsumedCapacity);
    }

    public static void BatchGetItem(Utf8JsonWriter w, BatchGetItemRequest r)
    {
        w.WriteStartObject();
        if (r.RequestItems is not null)
        {
            w.WriteStartObject("RequestItems"u8);
            foreach (var (table, keys) in r.RequestItems)
            {
                w.WriteStartObject(table);
                if (keys.Keys is not null)
                {
                    w.WriteStartArray("Keys"u8);
                    foreach (var key in keys.Keys)
                    {
                        DynamoItemJson.WriteItem(w, key);
                    }

                    w.WriteEndArray();
                }

                Bool(w, "ConsistentRead"u8, keys.ConsistentRead);
                String(w, "ProjectionExpression"u8, keys.ProjectionExpression);
                Names(w, keys.ExpressionAttributeNames);
                Strings(w, "AttributesToGet"u8, keys.AttributesToGet);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        w.WriteEndObject();
    }

    public static void BatchWriteItem(Utf8JsonWriter w, BatchWriteItemRequest r)
    {
        w.WriteStartObject();
        if (r.RequestItems is not null)
        {
            w.WriteStartObject("RequestItems"u8);
            foreach (var (table, requests) in r.RequestItems)
            {
                w.WriteStartArray(table);
                foreach (var request in requests)
                {
                    WriteRequest(w, request, null);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, r.ReturnItemCollectionMetrics);
        w.WriteEndObject();
    }

    /// <summary>
    /// BatchWriteItem of the batch writer's entries, grouped by table in their order: a put written from its entity
    /// (<see cref="BatchEntry.ItemJson"/>) is copied as is, any other request written from its <see cref="WriteRequest"/>.
    /// </summary>
    public static void BatchWriteEntries(Utf8JsonWriter w, IReadOnlyList<BatchEntry> entries)
    {
        w.WriteStartObject();
        w.WriteStartObject("RequestItems"u8);
        var tables = new List<string>();
        foreach (var entry in entries)
        {
            if (!tables.Contains(entry.TableName))
            {
                tables.Add(entry.TableName);
            }
        }

        foreach (var table in tables)
        {
            w.WriteStartArray(table);
            foreach (var entry in entries)
            {
                if (string.Equals(entry.TableName, table, StringComparison.Ordinal))
                {
                    WriteRequest(w, entry.Write, entry.ItemJson);
                }
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        Constant(w, "ReturnConsumedCapacity"u8, DynamoCall.Capacity);
        w.WriteEndObject();
    }

    // One request of a BatchWriteItem: {"PutRequest":{"Item":...}} or {"DeleteRequest":{"Key":...}}.
    private static void WriteRequest(Utf8JsonWriter w, WriteRequest? request, byte[]? putItemJson)
    {
        w.WriteStartObject();
        if (putItemJson is not null)
        {
            w.WriteStartObject("PutRequest"u8);
            RawItem(w, "Item"u8, putItemJson);
            w.WriteEndObject();
        }
        else if (request?.PutRequest is { } put)
        {
            w.WriteStartObject("PutRequest"u8);
            Item(w, "Item"u8, put.Item);
            w.WriteEndObject();
        }

        if (request?.DeleteRequest is { } delete)
        {
            w.WriteStartObject("DeleteRequest"u8);
            Item(w, "Key"u8, delete.Key);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    public static void TransactWriteItems(Utf8JsonWriter w, TransactWriteItemsRequest r) => TransactWriteItems(w, r, null);

    /// <summary>
    /// The same, where a put with an item in <paramref name="itemsJson"/> (by action; written by its entity and checked)
    /// sends those bytes as its <c>Item</c>.
    /// </summary>
    public static void TransactWriteItems(Utf8JsonWriter w, TransactWriteItemsRequest r, IReadOnlyList<byte[]?>? itemsJson)
    {
        w.WriteStartObject();
        if (r.TransactItems is not null)
        {
            w.WriteStartArray("TransactItems"u8);
            for (var i = 0; i < r.TransactItems.Count; i++)
            {
                var action = r.TransactItems[i];
                w.WriteStartObject();
                if (action.ConditionCheck is { } check)
                {
                    TransactAction(w, "ConditionCheck"u8, check.TableName, "Key"u8, check.Key, null, check.ConditionExpression, check.ExpressionAttributeNames, check.ExpressionAttributeValues, check.ReturnValuesOnConditionCheckFailure);
                }

                if (action.Put is { } put)
                {
                    var putItemJson = itemsJson is not null && i < itemsJson.Count ? itemsJson[i] : null;
                    TransactAction(w, "Put"u8, put.TableName, "Item"u8, put.Item, null, put.ConditionExpression, put.ExpressionAttributeNames, put.ExpressionAttributeValues, put.ReturnValuesOnConditionCheckFailure, putItemJson);
                }

                if (action.Delete is { } delete)
                {
                    TransactAction(w, "Delete"u8, delete.TableName, "Key"u8, delete.Key, null, delete.ConditionExpression, delete.ExpressionAttributeNames, delete.ExpressionAttributeValues, delete.ReturnValuesOnConditionCheckFailure);
                }

                if (action.Update is { } update)
                {
                    TransactAction(w, "Update"u8, update.TableName, "Key"u8, update.Key, update.UpdateExpression, update.ConditionExpression, update.ExpressionAttributeNames, update.ExpressionAttributeValues, update.ReturnValuesOnConditionCheckFailure);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        String(w, "ClientRequestToken"u8, r.ClientRequestToken);
        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        Constant(w, "ReturnItemCollectionMetrics"u8, r.ReturnItemCollectionMetrics);
        w.WriteEndObject();
    }

    public static void TransactGetItems(Utf8JsonWriter w, TransactGetItemsRequest r)
    {
        w.WriteStartObject();
        if (r.TransactItems is not null)
        {
            w.WriteStartArray("TransactItems"u8);
            foreach (var action in r.TransactItems)
            {
                w.WriteStartObject();
                if (action.Get is { } get)
                {
                    w.WriteStartObject("Get"u8);
                    String(w, "TableName"u8, get.TableName);
                    Item(w, "Key"u8, get.Key);
                    String(w, "ProjectionExpression"u8, get.ProjectionExpression);
                    Names(w, get.ExpressionAttributeNames);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Constant(w, "ReturnConsumedCapacity"u8, r.ReturnConsumedCapacity);
        w.WriteEndObject();
    }

    // One action of a TransactWriteItems request: the four kinds differ only in their key or item and the update expression.
    private static void TransactAction(
        Utf8JsonWriter w,
        ReadOnlySpan<byte> kind,
        string? tableName,
        ReadOnlySpan<byte> itemName,
        Dictionary<string, AttributeValue>? item,
        string? updateExpression,
        string? conditionExpression,
        Dictionary<string, string>? names,
        Dictionary<string, AttributeValue>? values,
        ConstantClass? returnValuesOnConditionCheckFailure,
        byte[]? itemJson = null)
    {
        w.WriteStartObject(kind);
        String(w, "TableName"u8, tableName);
        if (itemJson is not null)
        {
            RawItem(w, itemName, itemJson);
        }
        else
        {
            Item(w, itemName, item);
        }

        String(w, "UpdateExpression"u8, updateExpression);
        String(w, "ConditionExpression"u8, conditionExpression);
        Names(w, names);
        Values(w, values);
        Constant(w, "ReturnValuesOnConditionCheckFailure"u8, returnValuesOnConditionCheckFailure);
        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter w, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } set)
        {
            w.WriteBoolean(name, set);
        }
    }

    private static void Int(Utf8JsonWriter w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } set)
        {
            w.WriteNumber(name, set);
        }
    }

    private static void Constant(Utf8JsonWriter w, ReadOnlySpan<byte> name, ConstantClass? value)
    {
        if (value?.Value is { } text)
        {
            w.WriteString(name, text);
        }
    }

    private static void Strings(Utf8JsonWriter w, ReadOnlySpan<byte> name, List<string>? values)
    {
        if (values is not null)
        {
            w.WriteStartArray(name);
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }
    }

    private static void Item(Utf8JsonWriter w, ReadOnlySpan<byte> name, Dictionary<string, AttributeValue>? item)
    {
        if (item is not null)
        {
            w.WritePropertyName(name);
            DynamoItemJson.WriteItem(w, item);
        }
    }

    // An item already written as DynamoDB JSON (by the entity, checked against the limits): copied without a second look.
    private static void RawItem(Utf8JsonWriter w, ReadOnlySpan<byte> name, ReadOnlySpan<byte> itemJson)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(itemJson, skipInputValidation: true);
    }

    private static void Names(Utf8JsonWriter w, Dictionary<string, string>? names)
    {
        if (names is not null)
        {
            w.WriteStartObject("ExpressionAttributeNames"u8);
            foreach (var (placeholder, name) in names)
            {
                w.WriteString(placeholder, name);
            }

            w.WriteEndObject();
        }
    }

    private static void Values(Utf8JsonWriter w, Dictionary<string, AttributeValue>? values)
    {
        if (values is not null)
        {
            w.WriteStartObject("ExpressionAttributeValues"u8);
            foreach (var (placeholder, value) in values)
            {
                w.WritePropertyName(placeholder);
                DynamoItemJson.WriteValue(w, value, placeholder);
            }

            w.WriteEndObject();
        }
    }
}
