using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Reads the JSON bodies of DynamoDB's answers into the SDK's response objects, for the callers that work on
/// <see cref="AttributeValue"/> items (generic paths: raw pages, updates, batches, transactions). Members the runtime
/// does not read (item collection metrics, per-index capacity) are skipped. Typed reads do not come here: see
/// <see cref="DynamoEntityJson{TEntity}"/>.
/// </summary>
internal static class DynamoResponseJson
{
    public static GetItemResponse GetItem(ReadOnlySpan<byte> json)
    {
        var (item, capacity) = ItemAndCapacity(json, "Item"u8);
        return new GetItemResponse { Item = item, ConsumedCapacity = capacity, HttpStatusCode = HttpStatusCode.OK };
    }

    public static PutItemResponse PutItem(ReadOnlySpan<byte> json)
    {
        var (attributes, capacity) = Written(json);
        return new PutItemResponse { Attributes = attributes, ConsumedCapacity = capacity, HttpStatusCode = HttpStatusCode.OK };
    }

    public static DeleteItemResponse DeleteItem(ReadOnlySpan<byte> json)
    {
        var (attributes, capacity) = Written(json);
        return new DeleteItemResponse { Attributes = attributes, ConsumedCapacity = capacity, HttpStatusCode = HttpStatusCode.OK };
    }

    public static UpdateItemResponse UpdateItem(ReadOnlySpan<byte> json)
    {
        var (attributes, capacity) = Written(json);
        return new UpdateItemResponse { Attributes = attributes, ConsumedCapacity = capacity, HttpStatusCode = HttpStatusCode.OK };
    }

    public static QueryResponse Query(ReadOnlySpan<byte> json)
    {
        var page = Page(json);
        return new QueryResponse { Items = page.Items, Count = page.Count, ScannedCount = page.ScannedCount, LastEvaluatedKey = page.LastEvaluatedKey, ConsumedCapacity = page.Capacity, HttpStatusCode = HttpStatusCode.OK };
    }

    public static ScanResponse Scan(ReadOnlySpan<byte> json)
    {
        var page = Page(json);
        return new ScanResponse { Items = page.Items, Count = page.Count, ScannedCount = page.ScannedCount, LastEvaluatedKey = page.LastEvaluatedKey, ConsumedCapacity = page.Capacity, HttpStatusCode = HttpStatusCode.OK };
    }

    public static BatchGetItemResponse BatchGetItem(ReadOnlySpan<byte> json)
    {
        var response = new BatchGetItemResponse { HttpStatusCode = HttpStatusCode.OK };
        var reader = Open(json);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Responses"u8))
            {
                response.Responses = ByTable(ref reader, Items);
            }
            else if (reader.ValueTextEquals("UnprocessedKeys"u8))
            {
                response.UnprocessedKeys = UnprocessedKeys(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = Capacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    public static BatchWriteItemResponse BatchWriteItem(ReadOnlySpan<byte> json)
    {
        var response = new BatchWriteItemResponse { HttpStatusCode = HttpStatusCode.OK };
        var reader = Open(json);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("UnprocessedItems"u8))
            {
                response.UnprocessedItems = ByTable(ref reader, WriteRequests);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = Capacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    public static TransactWriteItemsResponse TransactWriteItems(ReadOnlySpan<byte> json)
    {
        var response = new TransactWriteItemsResponse { HttpStatusCode = HttpStatusCode.OK };
        var reader = Open(json);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = Capacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    public static TransactGetItemsResponse TransactGetItems(ReadOnlySpan<byte> json)
    {
        var response = new TransactGetItemsResponse { HttpStatusCode = HttpStatusCode.OK };
        var reader = Open(json);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Responses"u8))
            {
                reader.Read();
                response.Responses = new List<ItemResponse>();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    var slot = new ItemResponse();
                    while (NextProperty(ref reader))
                    {
                        if (reader.ValueTextEquals("Item"u8))
                        {
                            reader.Read();
                            slot.Item = DynamoItemJson.ReadItem(ref reader);
                        }
                        else
                        {
                            Skip(ref reader);
                        }
                    }

                    response.Responses.Add(slot);
                }
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                response.ConsumedCapacity = Capacities(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return response;
    }

    /// <summary>
    /// Deep enough for DynamoDB's 32 levels of nested attributes: each level is two JSON objects (<c>{"M":{...}}</c>),
    /// under the few levels of the response itself (System.Text.Json's default is 64).
    /// </summary>
    public const int MaxDepth = 128;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    /// <summary>A reader over a whole response body, on its opening <c>{</c>.</summary>
    public static Utf8JsonReader Open(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DynamoJsonFormatException(string.Empty, "the response of DynamoDB is not a JSON object");
        }

        return reader;
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new DynamoJsonFormatException(string.Empty, "the JSON ends early");
        }

        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>On a property name: skips its value, leaving the reader on the value's last token.</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reads an array of items; the reader is on its <c>[</c> and is left on its <c>]</c>.</summary>
    public static List<Dictionary<string, AttributeValue>> Items(ref Utf8JsonReader reader)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(DynamoItemJson.ReadItem(ref reader));
        }

        return items;
    }

    /// <summary>On the property name <c>UnprocessedKeys</c>: reads its value (keys by table).</summary>
    public static Dictionary<string, KeysAndAttributes> UnprocessedKeys(ref Utf8JsonReader reader) => ByTable(ref reader, KeysAndAttributes);

    private delegate T ReadValue<T>(ref Utf8JsonReader reader);

    // On the property name of an object of table name to value (Responses, UnprocessedKeys, UnprocessedItems): reads it.
    private static Dictionary<string, T> ByTable<T>(ref Utf8JsonReader reader, ReadValue<T> read)
    {
        reader.Read();
        var byTable = new Dictionary<string, T>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var table = reader.GetString()!;
            reader.Read();
            byTable[table] = read(ref reader);
        }

        return byTable;
    }

    /// <summary>Reads one ConsumedCapacity object; the reader is on its <c>{</c> and is left on its <c>}</c>.</summary>
    public static ConsumedCapacity Capacity(ref Utf8JsonReader reader)
    {
        var capacity = new ConsumedCapacity();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("TableName"u8))
            {
                reader.Read();
                capacity.TableName = reader.GetString();
            }
            else if (reader.ValueTextEquals("CapacityUnits"u8))
            {
                reader.Read();
                capacity.CapacityUnits = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("ReadCapacityUnits"u8))
            {
                reader.Read();
                capacity.ReadCapacityUnits = reader.GetDouble();
            }
            else if (reader.ValueTextEquals("WriteCapacityUnits"u8))
            {
                reader.Read();
                capacity.WriteCapacityUnits = reader.GetDouble();
            }
            else
            {
                Skip(ref reader);
            }
        }

        return capacity;
    }

    /// <summary>Reads an array of ConsumedCapacity objects.</summary>
    public static List<ConsumedCapacity> Capacities(ref Utf8JsonReader reader)
    {
        var list = new List<ConsumedCapacity>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            list.Add(Capacity(ref reader));
        }

        return list;
    }

    /// <summary>One page of a query or scan, read generically.</summary>
    public readonly record struct PageBody(List<Dictionary<string, AttributeValue>>? Items, int? Count, int? ScannedCount, Dictionary<string, AttributeValue>? LastEvaluatedKey, ConsumedCapacity? Capacity);

    private static PageBody Page(ReadOnlySpan<byte> json)
    {
        List<Dictionary<string, AttributeValue>>? items = null;
        int? count = null, scanned = null;
        Dictionary<string, AttributeValue>? last = null;
        ConsumedCapacity? capacity = null;
        var reader = Open(json);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Items"u8))
            {
                reader.Read();
                items = Items(ref reader);
            }
            else if (reader.ValueTextEquals("Count"u8))
            {
                reader.Read();
                count = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("ScannedCount"u8))
            {
                reader.Read();
                scanned = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("LastEvaluatedKey"u8))
            {
                reader.Read();
                last = DynamoItemJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                capacity = Capacity(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new PageBody(items, count, scanned, last, capacity);
    }

    // PutItem, DeleteItem and UpdateItem answer alike: the item's attributes (when asked for) and the capacity.
    private static (Dictionary<string, AttributeValue>? Item, ConsumedCapacity? Capacity) Written(ReadOnlySpan<byte> json) => ItemAndCapacity(json, "Attributes"u8);

    // One item under this name, and the consumed capacity.
    private static (Dictionary<string, AttributeValue>? Item, ConsumedCapacity? Capacity) ItemAndCapacity(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        Dictionary<string, AttributeValue>? item = null;
        ConsumedCapacity? capacity = null;
        var reader = Open(json);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(name))
            {
                reader.Read();
                item = DynamoItemJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                capacity = Capacity(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return (item, capacity);
    }

    private static KeysAndAttributes KeysAndAttributes(ref Utf8JsonReader reader)
    {
        var keys = new KeysAndAttributes();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Keys"u8))
            {
                reader.Read();
                keys.Keys = Items(ref reader);
            }
            else if (reader.ValueTextEquals("ConsistentRead"u8))
            {
                reader.Read();
                keys.ConsistentRead = reader.GetBoolean();
            }
            else if (reader.ValueTextEquals("ProjectionExpression"u8))
            {
                reader.Read();
                keys.ProjectionExpression = reader.GetString();
            }
            else if (reader.ValueTextEquals("ExpressionAttributeNames"u8))
            {
                reader.Read();
                keys.ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal);
                while (NextProperty(ref reader))
                {
                    var placeholder = reader.GetString()!;
                    reader.Read();
                    keys.ExpressionAttributeNames[placeholder] = reader.GetString()!;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        return keys;
    }

    private static List<WriteRequest> WriteRequests(ref Utf8JsonReader reader)
    {
        var requests = new List<WriteRequest>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var request = new WriteRequest();
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("PutRequest"u8))
                {
                    reader.Read();
                    request.PutRequest = new PutRequest { Item = SingleItem(ref reader, "Item"u8) };
                }
                else if (reader.ValueTextEquals("DeleteRequest"u8))
                {
                    reader.Read();
                    request.DeleteRequest = new DeleteRequest { Key = SingleItem(ref reader, "Key"u8) };
                }
                else
                {
                    Skip(ref reader);
                }
            }

            requests.Add(request);
        }

        return requests;
    }

    // {"Item": {...}} or {"Key": {...}}: the one item under that name.
    private static Dictionary<string, AttributeValue>? SingleItem(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        Dictionary<string, AttributeValue>? item = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(name))
            {
                reader.Read();
                item = DynamoItemJson.ReadItem(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return item;
    }
}
