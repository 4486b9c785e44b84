using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A Lambda DynamoDB stream event (<c>{"Records":[...]}</c>), parsed without reflection and without
/// <c>Amazon.Lambda.*</c> packages: images are read straight into attribute value dictionaries that the generated
/// <c>FromItem</c> maps. Dispatch it with a <see cref="DynamoStreamDispatcher"/>.
/// </summary>
public sealed class DynamoStreamEvent
{
    private DynamoStreamEvent(IReadOnlyList<DynamoStreamRecord> records) => Records = records;

    /// <summary>The records, in shard order.</summary>
    public IReadOnlyList<DynamoStreamRecord> Records { get; }

    /// <summary>Parses an event.</summary>
    /// <param name="json">The event JSON.</param>
    /// <returns>The event.</returns>
    /// <exception cref="DynamoStreamEventFormatException">The JSON is not a DynamoDB stream event.</exception>
    public static DynamoStreamEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Parses an event.</summary>
    /// <param name="utf8Json">The event JSON, UTF-8.</param>
    /// <returns>The event.</returns>
    /// <exception cref="DynamoStreamEventFormatException">The JSON is not a DynamoDB stream event.</exception>
    public static DynamoStreamEvent Parse(ReadOnlySpan<byte> utf8Json) => EventJson.Read(utf8Json, ReadEvent, Invalid);

    /// <summary>Parses an event from a stream (the Lambda runtime's request body).</summary>
    /// <param name="utf8Json">The event JSON, UTF-8.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The event.</returns>
    /// <exception cref="DynamoStreamEventFormatException">The JSON is not a DynamoDB stream event.</exception>
    public static Task<DynamoStreamEvent> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => EventJson.ReadAsync(utf8Json, ReadEvent, Invalid, cancellationToken);

    private static Exception Invalid(string reason, Exception inner)
        => new DynamoStreamEventFormatException("The DynamoDB stream event is not valid: " + reason, inner);

    private static DynamoStreamEvent ReadEvent(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DynamoJsonFormatException(string.Empty, "the event is not a JSON object");
        }

        List<DynamoStreamRecord>? records = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("Records"u8))
            {
                Next(ref reader);
                records = ReadRecords(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new DynamoStreamEvent(records ?? throw new DynamoJsonFormatException(string.Empty, "the event has no \"Records\" array"));
    }

    private static List<DynamoStreamRecord> ReadRecords(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new DynamoJsonFormatException("Records", "expected an array");
        }

        var records = new List<DynamoStreamRecord>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            var path = "Records[" + records.Count.ToString(CultureInfo.InvariantCulture) + "]";
            try
            {
                records.Add(ReadRecord(ref reader));
            }
            catch (DynamoJsonFormatException ex)
            {
                throw ex.Under(path);
            }
        }

        return records;
    }

    private static DynamoStreamRecord ReadRecord(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DynamoJsonFormatException(string.Empty, "expected a record object");
        }

        string? eventId = null, eventName = null, arn = null, region = null, identityType = null, principal = null;
        Change? change = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("eventID"u8))
            {
                eventId = ReadString(ref reader, "eventID");
            }
            else if (reader.ValueTextEquals("eventName"u8))
            {
                eventName = ReadString(ref reader, "eventName");
            }
            else if (reader.ValueTextEquals("eventSourceARN"u8))
            {
                arn = ReadString(ref reader, "eventSourceARN");
            }
            else if (reader.ValueTextEquals("awsRegion"u8))
            {
                region = ReadString(ref reader, "awsRegion");
            }
            else if (reader.ValueTextEquals("dynamodb"u8))
            {
                Next(ref reader);
                try
                {
                    change = ReadChange(ref reader);
                }
                catch (DynamoJsonFormatException ex)
                {
                    throw ex.Under("dynamodb");
                }
            }
            else if (reader.ValueTextEquals("userIdentity"u8))
            {
                Next(ref reader);
                (identityType, principal) = ReadIdentity(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var name = eventName switch
        {
            "INSERT" => DynamoStreamEventName.Insert,
            "MODIFY" => DynamoStreamEventName.Modify,
            "REMOVE" => DynamoStreamEventName.Remove,
            null => throw new DynamoJsonFormatException("eventName", "missing"),
            _ => throw new DynamoJsonFormatException("eventName", "expected INSERT, MODIFY or REMOVE"),
        };
        if (change is null)
        {
            throw new DynamoJsonFormatException("dynamodb", "missing");
        }

        return new DynamoStreamRecord(
            eventId ?? throw new DynamoJsonFormatException("eventID", "missing"),
            name,
            change.SequenceNumber ?? throw new DynamoJsonFormatException("dynamodb.SequenceNumber", "missing"),
            change.Keys ?? throw new DynamoJsonFormatException("dynamodb.Keys", "missing"),
            change.NewImage,
            change.OldImage,
            change.Created,
            change.ViewType,
            change.SizeBytes,
            arn,
            region,
            identityType,
            principal);
    }

    private static Change ReadChange(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DynamoJsonFormatException(string.Empty, "expected an object");
        }

        var change = new Change();
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("Keys"u8))
            {
                change.Keys = ReadImage(ref reader, "Keys");
            }
            else if (reader.ValueTextEquals("NewImage"u8))
            {
                change.NewImage = ReadImage(ref reader, "NewImage");
            }
            else if (reader.ValueTextEquals("OldImage"u8))
            {
                change.OldImage = ReadImage(ref reader, "OldImage");
            }
            else if (reader.ValueTextEquals("SequenceNumber"u8))
            {
                change.SequenceNumber = ReadString(ref reader, "SequenceNumber");
            }
            else if (reader.ValueTextEquals("SizeBytes"u8))
            {
                Next(ref reader);
                change.SizeBytes = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var size) ? size : throw new DynamoJsonFormatException("SizeBytes", "expected a whole number");
            }
            else if (reader.ValueTextEquals("ApproximateCreationDateTime"u8))
            {
                Next(ref reader);
                change.Created = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var seconds) && seconds is >= 0 and <= 253402300799m
                    ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
                    : throw new DynamoJsonFormatException("ApproximateCreationDateTime", "expected epoch seconds as a number");
            }
            else if (reader.ValueTextEquals("StreamViewType"u8))
            {
                change.ViewType = ReadString(ref reader, "StreamViewType") switch
                {
                    "KEYS_ONLY" => DynamoStreamViewType.KeysOnly,
                    "NEW_IMAGE" => DynamoStreamViewType.NewImage,
                    "OLD_IMAGE" => DynamoStreamViewType.OldImage,
                    "NEW_AND_OLD_IMAGES" => DynamoStreamViewType.NewAndOldImages,
                    _ => throw new DynamoJsonFormatException("StreamViewType", "expected KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES"),
                };
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return change;
    }

    private static (string? Type, string? PrincipalId) ReadIdentity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return (null, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new DynamoJsonFormatException("userIdentity", "expected an object");
        }

        string? type = null, principal = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = ReadString(ref reader, "userIdentity.type");
            }
            else if (reader.ValueTextEquals("principalId"u8))
            {
                principal = ReadString(ref reader, "userIdentity.principalId");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return (type, principal);
    }

    private static Dictionary<string, AttributeValue> ReadImage(ref Utf8JsonReader reader, string name)
    {
        Next(ref reader);
        try
        {
            return DynamoItemJson.ReadItem(ref reader);
        }
        catch (DynamoJsonFormatException ex)
        {
            throw ex.Under(name);
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, string name)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new DynamoJsonFormatException(name, "expected a string");
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
        => reader.Read() ? reader.TokenType : throw new DynamoJsonFormatException(string.Empty, "the JSON ends early");

    private sealed class Change
    {
        public Dictionary<string, AttributeValue>? Keys { get; set; }

        public Dictionary<string, AttributeValue>? NewImage { get; set; }

        public Dictionary<string, AttributeValue>? OldImage { get; set; }

        public string? SequenceNumber { get; set; }

        public long? SizeBytes { get; set; }

        public DateTimeOffset? Created { get; set; }

        public DynamoStreamViewType ViewType { get; set; }
    }
}
