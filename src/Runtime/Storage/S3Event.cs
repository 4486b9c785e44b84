using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Storage;

/// <summary>
/// An S3 event notification (<c>{"Records":[...]}</c>), as Lambda receives it from S3 or as the body of an SQS message
/// S3 sent, parsed without reflection. The <c>s3:TestEvent</c> S3 sends when a notification is configured parses to
/// an event with <see cref="IsTestEvent"/> set and no records.
/// </summary>
public sealed class S3Event
{
    private S3Event(IReadOnlyList<S3EventRecord> records, bool isTestEvent)
    {
        Records = records;
        IsTestEvent = isTestEvent;
    }

    /// <summary>The records.</summary>
    public IReadOnlyList<S3EventRecord> Records { get; }

    /// <summary>Whether this is the <c>s3:TestEvent</c> S3 sends to check a new notification target.</summary>
    public bool IsTestEvent { get; }

    /// <summary>Parses a notification.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The event.</returns>
    /// <exception cref="S3EventFormatException">The JSON is not an S3 event notification.</exception>
    public static S3Event Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Parses a notification.</summary>
    /// <param name="utf8Json">The JSON, UTF-8.</param>
    /// <returns>The event.</returns>
    /// <exception cref="S3EventFormatException">The JSON is not an S3 event notification.</exception>
    public static S3Event Parse(ReadOnlyMemory<byte> utf8Json)
    {
        return EventJson.Parse(utf8Json, FromRoot, Invalid);
    }

    /// <summary>Parses a notification from a stream.</summary>
    /// <param name="utf8Json">The JSON, UTF-8.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The event.</returns>
    /// <exception cref="S3EventFormatException">The JSON is not an S3 event notification.</exception>
    public static async Task<S3Event> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        return await EventJson.ParseAsync(utf8Json, FromRoot, Invalid, cancellationToken).ConfigureAwait(false);
    }

    private static Exception Invalid(string reason, Exception inner) => new S3EventFormatException("The S3 event is not valid JSON: " + reason, inner);

    private static S3Event FromRoot(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Event", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == "s3:TestEvent")
        {
            return new S3Event([], isTestEvent: true);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            throw new S3EventFormatException("The S3 event has no \"Records\" array.");
        }

        var list = new List<S3EventRecord>(records.GetArrayLength());
        var index = 0;
        foreach (var record in records.EnumerateArray())
        {
            var where = $"Records[{index}]";
            var s3 = Object(record, "s3", where);
            var bucket = Object(s3, "bucket", where + ".s3");
            var item = Object(s3, "object", where + ".s3");
            var timeText = String(record, "eventTime", where);
            if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                throw new S3EventFormatException($"{where}.eventTime of the S3 event is not a date: '{timeText}'.");
            }

            list.Add(new S3EventRecord(
                String(record, "eventName", where),
                time,
                OptionalString(record, "awsRegion"),
                String(bucket, "name", where + ".s3.bucket"),
                OptionalString(bucket, "arn"),
                WebUtility.UrlDecode(String(item, "key", where + ".s3.object")),
                item.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number ? size.GetInt64() : null,
                OptionalString(item, "eTag"),
                OptionalString(item, "versionId"),
                OptionalString(item, "sequencer"),
                OptionalString(s3, "configurationId")));
            index++;
        }

        return new S3Event(list, isTestEvent: false);
    }

    private static JsonElement Object(JsonElement parent, string name, string where) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new S3EventFormatException($"{where} of the S3 event has no object \"{name}\".");

    private static string String(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new S3EventFormatException($"{where} of the S3 event has no string \"{name}\".");

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
