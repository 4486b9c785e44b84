using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SQS.Model;

namespace Boto3Assist.Messaging;

/// <summary>
/// A Lambda SQS event (<c>{"Records":[...]}</c>), parsed without reflection (no <c>Amazon.Lambda.*</c> package needed).
/// Process it with <see cref="SqsEventProcessor"/> and return its <see cref="SqsBatchResponse"/>.
/// </summary>
public sealed class SqsEvent
{
    private SqsEvent(IReadOnlyList<SqsEventRecord> records) => Records = records;

    /// <summary>The messages, in delivery order.</summary>
    public IReadOnlyList<SqsEventRecord> Records { get; }

    /// <summary>Parses an event.</summary>
    /// <param name="json">The event JSON.</param>
    /// <returns>The event.</returns>
    /// <exception cref="SqsEventFormatException">The JSON is not an SQS event.</exception>
    public static SqsEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Parses an event.</summary>
    /// <param name="utf8Json">The event JSON, UTF-8.</param>
    /// <returns>The event.</returns>
    /// <exception cref="SqsEventFormatException">The JSON is not an SQS event.</exception>
    public static SqsEvent Parse(ReadOnlyMemory<byte> utf8Json)
    {
        return EventJson.Parse(utf8Json, FromRoot, Invalid);
    }

    /// <summary>Parses an event from a stream (the Lambda runtime's request body).</summary>
    /// <param name="utf8Json">The event JSON, UTF-8.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The event.</returns>
    /// <exception cref="SqsEventFormatException">The JSON is not an SQS event.</exception>
    public static async Task<SqsEvent> ParseAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        return await EventJson.ParseAsync(utf8Json, FromRoot, Invalid, cancellationToken).ConfigureAwait(false);
    }

    private static Exception Invalid(string reason, Exception inner) => new SqsEventFormatException("The SQS event is not valid JSON: " + reason, inner);

    private static SqsEvent FromRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            throw new SqsEventFormatException("The SQS event has no \"Records\" array.");
        }

        var list = new List<SqsEventRecord>(records.GetArrayLength());
        var index = 0;
        foreach (var record in records.EnumerateArray())
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new SqsEventFormatException($"Records[{index}] of the SQS event is not an object.");
            }

            list.Add(new SqsEventRecord(
                Required(record, "messageId", index),
                Required(record, "receiptHandle", index),
                Required(record, "body", index),
                Optional(record, "md5OfBody"),
                Optional(record, "eventSource"),
                Optional(record, "eventSourceARN"),
                Optional(record, "awsRegion"),
                ReadAttributes(record, index),
                ReadMessageAttributes(record, index)));
            index++;
        }

        return new SqsEvent(list);
    }

    private static string Required(JsonElement record, string name, int index) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new SqsEventFormatException($"Records[{index}] of the SQS event has no string \"{name}\".");

    private static string? Optional(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string> ReadAttributes(JsonElement record, int index)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!record.TryGetProperty("attributes", out var attributes) || attributes.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (attributes.ValueKind != JsonValueKind.Object)
        {
            throw new SqsEventFormatException($"Records[{index}].attributes of the SQS event is not an object.");
        }

        foreach (var property in attributes.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                result[property.Name] = property.Value.GetString()!;
            }
        }

        return result;
    }

    private static Dictionary<string, MessageAttributeValue> ReadMessageAttributes(JsonElement record, int index)
    {
        var result = new Dictionary<string, MessageAttributeValue>(StringComparer.Ordinal);
        if (!record.TryGetProperty("messageAttributes", out var attributes) || attributes.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (attributes.ValueKind != JsonValueKind.Object)
        {
            throw new SqsEventFormatException($"Records[{index}].messageAttributes of the SQS event is not an object.");
        }

        foreach (var property in attributes.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw new SqsEventFormatException($"Records[{index}].messageAttributes.{property.Name} of the SQS event is not an object.");
            }

            var attribute = new MessageAttributeValue { DataType = Optional(value, "dataType") ?? "String", StringValue = Optional(value, "stringValue") };
            if (Optional(value, "binaryValue") is { } base64)
            {
                try
                {
                    attribute.BinaryValue = new MemoryStream(Convert.FromBase64String(base64));
                }
                catch (FormatException ex)
                {
                    throw new SqsEventFormatException($"Records[{index}].messageAttributes.{property.Name}.binaryValue of the SQS event is not base64.", ex);
                }
            }

            result[property.Name] = attribute;
        }

        return result;
    }
}
