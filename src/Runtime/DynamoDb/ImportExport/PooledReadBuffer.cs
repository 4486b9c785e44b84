using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The read buffer of the streaming file readers (<see cref="DynamoJsonLines"/>, <see cref="DynamoJsonArrays"/>): a
/// pooled array holding the unread bytes of a stream, compacted to the front before each read and grown only for an
/// element longer than itself, up to a limit. Memory stays flat with file size.
/// </summary>
internal sealed class PooledReadBuffer : IDisposable
{
    private byte[] _buffer;
    private int _start;
    private int _end;

    public PooledReadBuffer(int initialBytes) => _buffer = ArrayPool<byte>.Shared.Rent(initialBytes);

    /// <summary>The stream has no more bytes.</summary>
    public bool EndOfFile { get; private set; }

    /// <summary>How many bytes are read and not consumed.</summary>
    public int UnreadLength => _end - _start;

    /// <summary>The bytes read and not consumed.</summary>
    public ReadOnlySpan<byte> Unread => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Marks <paramref name="count"/> bytes consumed.</summary>
    public void Consume(int count) => _start += count;

    /// <summary>Drops every unread byte (the rest of a line too long to keep).</summary>
    public void Discard() => _start = _end = 0;

    /// <summary>
    /// Moves the unread bytes to the front and, when the buffer is full of them, doubles it up to
    /// <paramref name="maxBytes"/>; <see langword="false"/> when it is full at that size (an element too long to read).
    /// </summary>
    public bool MakeRoom(int maxBytes)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end < _buffer.Length)
        {
            return true;
        }

        if (_buffer.Length >= maxBytes)
        {
            return false;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, maxBytes));
        _buffer.AsSpan(0, _end).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
        return true;
    }

    /// <summary>Reads what the stream has into the free space (call <see cref="MakeRoom"/> first).</summary>
    public async ValueTask FillAsync(Stream source, CancellationToken cancellationToken)
    {
        var read = await source.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            EndOfFile = true;
        }
        else
        {
            _end += read;
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
