using Amazon.S3;
using Amazon.S3.Model;

namespace Boto3Assist.Runtime.Tests.Infrastructure;

public static class S3Buckets
{
    public static async Task<string> CreateAsync(IAmazonS3 s3, string prefix)
    {
        var name = prefix + "-" + Guid.NewGuid().ToString("N")[..8];
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = name });
        return name;
    }

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}

/// <summary>A stream that cannot seek (like a network stream), optionally failing after some bytes.</summary>
public sealed class ForwardOnlyStream(byte[] content, long failAfter = long.MaxValue) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= failAfter)
        {
            throw new IOException("the source failed");
        }

        var n = (int)Math.Min(Math.Min(count, content.Length - _position), failAfter - _position);
        Array.Copy(content, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
