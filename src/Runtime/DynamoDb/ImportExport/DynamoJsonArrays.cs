using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Reads a file holding one JSON array of items (boto3-assist's import files) or a sequence of JSON objects (JSON
/// Lines), streaming: one element in memory at a time whatever the file size, elements numbered from 1 like the lines
/// of <see cref="DynamoJsonLines"/>.
/// </summary>
public static class DynamoJsonArrays
{
    private const int ReadBytes = 64 * 1024;

    /// <summary>Reads the elements of the array, one at a time.</summary>
    /// <param name="input">The file (left open).</param>
    /// <param name="plainItems">
    /// <see langword="true"/>: each element is an item in plain JSON (<c>{"pk":"A#1","total":12.5}</c>);
    /// <see langword="false"/>: each element is <c>{"Item":{...}}</c> in DynamoDB JSON.
    /// </param>
    /// <param name="gzip">The file is gzip-compressed.</param>
    /// <param name="startAfterElement">Elements up to this number are skipped without being converted (a resume position).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Each element with its item, or its error. JSON that is not an array, or broken JSON, ends the read with one error.</returns>
    public static async IAsyncEnumerable<DynamoJsonLine> ReadAsync(Stream input, bool plainItems, bool gzip = false, long startAfterElement = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var source = gzip ? new GZipStream(input, CompressionMode.Decompress, leaveOpen: true) : input;
        var buffer = new PooledReadBuffer(ReadBytes);
        try
        {
            long element = 0;
            var container = Container.Unknown;
            while (true)
            {
                var step = NextElement(buffer.Unread, buffer.EndOfFile, ref container, out var skipped, out var length);
                buffer.Consume(skipped);
                if (step == Step.Element)
                {
                    element++;
                    if (element > startAfterElement)
                    {
                        yield return Convert(buffer.Unread[..length], element, plainItems);
                    }

                    buffer.Consume(length);
                    continue;
                }

                if (step == Step.End)
                {
                    yield break;
                }

                if (step == Step.Broken)
                {
                    yield return new DynamoJsonLine(element + 1, null, container == Container.Unknown ? "the file is neither a JSON array of items nor JSON Lines" : "not valid JSON: the file is broken here; nothing after it is read");
                    yield break;
                }

                // Step.NeedMore: keep the unfinished element at the front; grow only for an element longer than the buffer.
                if (buffer.EndOfFile)
                {
                    yield return new DynamoJsonLine(element + 1, null, "the file ends inside an element");
                    yield break;
                }

                if (!buffer.MakeRoom(DynamoJsonLines.MaxLineBytes))
                {
                    yield return new DynamoJsonLine(element + 1, null, $"the element is longer than {DynamoJsonLines.MaxLineBytes} bytes; nothing after it is read");
                    yield break;
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

    private enum Container
    {
        Unknown,
        Array,
        Sequence,
    }

    private enum Step
    {
        Element,
        NeedMore,
        End,
        Broken,
    }

    /// <summary>
    /// Finds the next element in <paramref name="data"/>: decides on the first call whether the file is an array
    /// (skipping its <c>[</c>) or a sequence of objects (JSON Lines), skips whitespace and the comma before an element
    /// (<paramref name="skipped"/> bytes), then measures the element (<paramref name="length"/>).
    /// </summary>
    private static Step NextElement(ReadOnlySpan<byte> data, bool endOfFile, ref Container container, out int skipped, out int length)
    {
        length = 0;
        skipped = 0;
        while (true)
        {
            while (skipped < data.Length && data[skipped] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                skipped++;
            }

            if (skipped == data.Length)
            {
                return !endOfFile ? Step.NeedMore
                    : container == Container.Sequence ? Step.End
                    : container == Container.Array ? Step.NeedMore
                    : Step.Broken;
            }

            var next = data[skipped];
            if (container == Container.Unknown)
            {
                if (next == (byte)'[')
                {
                    container = Container.Array;
                    skipped++;
                    continue;
                }

                if (next != (byte)'{')
                {
                    return Step.Broken;
                }

                container = Container.Sequence;
                break;
            }

            if (container == Container.Array && next == (byte)']')
            {
                return Step.End;
            }

            if (container == Container.Array && next == (byte)',')
            {
                skipped++;
                continue;
            }

            break;
        }

        // Not the final block even at the end of the file: an element is an object or an array, whose end is its own
        // closing bracket, so "incomplete" then means the file ends inside it (reported by the caller).
        var reader = new Utf8JsonReader(data[skipped..], isFinalBlock: false, default);
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return Step.NeedMore;
            }
        }
        catch (JsonException)
        {
            return Step.Broken;
        }

        length = (int)reader.BytesConsumed;
        return Step.Element;
    }

    private static DynamoJsonLine Convert(ReadOnlySpan<byte> json, long element, bool plainItems)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 128 });
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return new DynamoJsonLine(element, null, plainItems ? "the element is not a JSON object of attributes" : "the element is not a JSON object {\"Item\":{...}}");
            }

            if (plainItems)
            {
                return new DynamoJsonLine(element, PlainJsonItem.Read(ref reader), null);
            }

            return DynamoJsonLines.Parse(json, element) ?? new DynamoJsonLine(element, null, "the element is empty");
        }
        catch (DynamoJsonFormatException ex)
        {
            return new DynamoJsonLine(element, null, (ex.AttributePath.Length == 0 ? "Item" : ex.AttributePath) + ": " + ex.Reason);
        }
        catch (JsonException)
        {
            return new DynamoJsonLine(element, null, "not valid JSON");
        }
    }
}
