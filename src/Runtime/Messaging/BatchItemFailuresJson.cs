using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Boto3Assist;

/// <summary>
/// The partial batch response of Lambda event source mappings, <c>{"batchItemFailures":[{"itemIdentifier":"..."}]}</c>:
/// one shape for SQS (message ids) and DynamoDB or Kinesis streams (sequence numbers).
/// </summary>
internal static class BatchItemFailuresJson
{
    public static void Write(Utf8JsonWriter writer, IEnumerable<string> itemIdentifiers)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("batchItemFailures");
        foreach (var id in itemIdentifiers)
        {
            writer.WriteStartObject();
            writer.WriteString("itemIdentifier", id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Write(Stream utf8Json, IEnumerable<string> itemIdentifiers)
    {
        using var writer = new Utf8JsonWriter(utf8Json);
        Write(writer, itemIdentifiers);
    }

    public static string ToJson(IEnumerable<string> itemIdentifiers)
    {
        using var buffer = new MemoryStream();
        Write(buffer, itemIdentifiers);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
