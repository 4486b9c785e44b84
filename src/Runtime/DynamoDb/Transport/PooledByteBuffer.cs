using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A growable byte buffer rented from <see cref="ArrayPool{T}.Shared"/>: request bodies are written into it and
/// response bodies read into it, so a call allocates no body arrays of its own. Return it with <see cref="Dispose"/>.
/// </summary>
internal sealed class PooledByteBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public PooledByteBuffer(int initialSize = 4096) => _buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public byte[] Array => _buffer;

    public int Length => _written;

    public void Advance(int count) => _written += count;

    /// <summary>Forgets what was written, keeping the rented array (an answer read again).</summary>
    public void Clear() => _written = 0;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Reads <paramref name="stream"/> to its end into the buffer (sized from <paramref name="length"/> when known).</summary>
    public async Task ReadFromAsync(Stream stream, long? length, CancellationToken cancellationToken)
    {
        if (length is > 0 and < int.MaxValue)
        {
            Ensure((int)length.Value);
        }

        while (true)
        {
            var read = await stream.ReadAsync(GetMemory(1024), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            _written += read;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
