using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist;

/// <summary>
/// Parses an AWS event (SQS, S3, DynamoDB stream) from JSON with <see cref="JsonDocument"/> or, for events holding
/// items, a <see cref="Utf8JsonReader"/> walk: no reflection, and a JSON syntax error becomes the event's own typed
/// format exception.
/// </summary>
internal static class EventJson
{
    /// <summary>Reads an event from a reader over the whole event.</summary>
    public delegate T ReadEvent<out T>(ref Utf8JsonReader reader);

    public static T Read<T>(ReadOnlySpan<byte> utf8Json, ReadEvent<T> read, Func<string, Exception, Exception> invalid)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 128 });
            if (!reader.Read())
            {
                throw new JsonException("The JSON is empty.");
            }

            return read(ref reader);
        }
        catch (JsonException ex)
        {
            // The reader's own messages quote the offending character; ours (subclasses) name paths only.
            throw invalid(ex.GetType().Assembly == typeof(JsonException).Assembly ? $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine})" : ex.Message, ex);
        }
    }

    // A Lambda event is at most 6 MB and a reader needs it whole to skip unknown members: buffer it, then read.
    public static async Task<T> ReadAsync<T>(Stream utf8Json, ReadEvent<T> read, Func<string, Exception, Exception> invalid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), read, invalid);
    }

    public static T Parse<T>(ReadOnlyMemory<byte> utf8Json, Func<JsonElement, T> read, Func<string, Exception, Exception> invalid)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw invalid(ex.Message, ex);
        }
    }

    public static async Task<T> ParseAsync<T>(Stream utf8Json, Func<JsonElement, T> read, Func<string, Exception, Exception> invalid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            using var document = await JsonDocument.ParseAsync(utf8Json, default, cancellationToken).ConfigureAwait(false);
            return read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw invalid(ex.Message, ex);
        }
    }
}
