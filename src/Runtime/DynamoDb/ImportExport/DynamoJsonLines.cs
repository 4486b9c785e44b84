using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// DynamoDB's export format, JSON Lines of <c>{"Item":{"pk":{"S":"..."},...}}</c> (what DynamoDB's export to S3 writes,
/// DynamoDB JSON typed values), read and written as streams: memory stays flat whatever the file size, one line at a
/// time, no reflection. Gzip optional both ways.
/// </summary>
public static class DynamoJsonLines
{
    /// <summary>The longest line read (a 400 KB item of binary data is about 540 KB as base64 JSON).</summary>
    public const int MaxLineBytes = 8 * 1024 * 1024;

    private const int FlushBytes = 64 * 1024;

    /// <summary>Writes one line per item.</summary>
    /// <param name="output">Where to write (left open).</param>
    /// <param name="items">The items, read once, one at a time.</param>
    /// <param name="gzip">Compress the output with gzip.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>How many items were written.</returns>
    public static async Task<long> WriteAsync(Stream output, IAsyncEnumerable<IReadOnlyDictionary<string, AttributeValue>> items, bool gzip = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(items);
        var target = gzip ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true) : output;
        try
        {
            var buffer = new ArrayBufferWriter<byte>(FlushBytes * 2);
            using var writer = new Utf8JsonWriter(buffer);
            long count = 0;
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteLine(writer, buffer, item);
                count++;
                if (buffer.WrittenCount >= FlushBytes)
                {
                    await target.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }

            await target.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await target.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
        finally
        {
            if (gzip)
            {
                await target.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads the lines of a file, one at a time; blank lines are skipped (but counted).</summary>
    /// <param name="input">The file (left open).</param>
    /// <param name="gzip">The file is gzip-compressed.</param>
    /// <param name="startAfterLine">Lines up to this number are skipped without being parsed (a resume position).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Each line with its item, or its error.</returns>
    public static async IAsyncEnumerable<DynamoJsonLine> ReadAsync(Stream input, bool gzip = false, long startAfterLine = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var source = gzip ? new GZipStream(input, CompressionMode.Decompress, leaveOpen: true) : input;
        var buffer = new PooledReadBuffer(FlushBytes);
        try
        {
            long line = 0;
            var skippingLongLine = false;
            while (true)
            {
                var newline = buffer.Unread.IndexOf((byte)'\n');
                if (newline >= 0 || (buffer.EndOfFile && buffer.UnreadLength > 0))
                {
                    var length = newline >= 0 ? newline : buffer.UnreadLength;
                    line++;
                    DynamoJsonLine? parsed = skippingLongLine
                        ? new DynamoJsonLine(line, null, $"the line is longer than {MaxLineBytes} bytes")
                        : line <= startAfterLine ? null : Parse(buffer.Unread[..length], line);
                    skippingLongLine = false;
                    buffer.Consume(newline >= 0 ? length + 1 : length);
                    if (parsed is { } value)
                    {
                        yield return value;
                    }

                    continue;
                }

                if (buffer.EndOfFile)
                {
                    if (skippingLongLine)
                    {
                        yield return new DynamoJsonLine(line + 1, null, $"the line is longer than {MaxLineBytes} bytes");
                    }

                    yield break;
                }

                // Keep the unfinished line at the front; a line longer than the limit is skipped to its end.
                if (!buffer.MakeRoom(MaxLineBytes))
                {
                    skippingLongLine = true;
                    buffer.Discard();
                }

                await buffer.FillAsync(source, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            buffer.Dispose();
            if (gzip)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>One line, <c>{"Item":{...}}</c>; null for a blank line.</summary>
    internal static DynamoJsonLine? Parse(ReadOnlySpan<byte> utf8Line, long lineNumber)
    {
        var trimmed = utf8Line.Trim(" \t\r"u8);
        if (trimmed.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(trimmed, new JsonReaderOptions { MaxDepth = 128 });
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return new DynamoJsonLine(lineNumber, null, "the line is not a JSON object {\"Item\":{...}}");
            }

            Dictionary<string, AttributeValue>? item = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("Item"u8))
                {
                    reader.Read();
                    item = DynamoItemJson.ReadItem(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return new DynamoJsonLine(lineNumber, null, "the line holds more than one JSON object");
            }

            return item is null
                ? new DynamoJsonLine(lineNumber, null, "the line has no \"Item\"")
                : new DynamoJsonLine(lineNumber, item, null);
        }
        catch (DynamoJsonFormatException ex)
        {
            return new DynamoJsonLine(lineNumber, null, "Item" + (ex.AttributePath.Length == 0 ? string.Empty : (ex.AttributePath[0] == '[' ? string.Empty : ".") + ex.AttributePath) + ": " + ex.Reason);
        }
        catch (JsonException ex)
        {
            return new DynamoJsonLine(lineNumber, null, "not valid JSON at byte " + (ex.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, IReadOnlyDictionary<string, AttributeValue> item)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("Item"u8);
        DynamoItemJson.WriteItem(writer, item);
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
    }
}
