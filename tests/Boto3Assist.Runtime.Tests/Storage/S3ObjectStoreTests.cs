using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Boto3Assist.Observability;
using Boto3Assist.Runtime.Tests.Infrastructure;
using Boto3Assist.Storage;

namespace Boto3Assist.Runtime.Tests.Storage;

public sealed class S3ObjectStoreTests
{
    private const int MiB = 1024 * 1024;
    private static readonly StorageJsonContext Json = StorageJsonContext.Default;

    [Fact]
    public async Task Typed_json_round_trips_with_spans_naming_bucket_and_key()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "json");
        using var capture = new TelemetryCapture();
        var store = new S3ObjectStore(s3);
        var receipt = new Receipt("o-1", 42.5m, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ["widget", "gadget"]);

        var put = await store.PutJsonAsync(bucket, "receipts/o-1.json", receipt, Json.Receipt);
        var read = await store.GetJsonAsync(bucket, "receipts/o-1.json", Json.Receipt);

        Assert.False(string.IsNullOrEmpty(put.ETag));
        Assert.Equal(receipt.OrderId, read!.OrderId);
        Assert.Equal(receipt.Lines, read.Lines);
        Assert.Equal(receipt.IssuedAt, read.IssuedAt);
        var head = await s3.GetObjectMetadataAsync(bucket, "receipts/o-1.json");
        Assert.Equal("application/json", head.Headers.ContentType);
        var spans = capture.ActivitiesWithTag(TelemetryAttributes.S3Bucket, bucket);
        Assert.Equal(["S3.PutObject", "S3.GetObject"], spans.Select(s => s.DisplayName));
        Assert.All(spans, s => Assert.Equal("receipts/o-1.json", s.GetTagItem(TelemetryAttributes.S3Key)));
        Assert.All(spans, s => Assert.Equal("aws-api", s.GetTagItem(TelemetryAttributes.RpcSystem)));
        Assert.Equal(2, capture.MeasurementsOf(TelemetryMetricNames.OperationDuration, TelemetryAttributes.S3Bucket, bucket).Count);
    }

    [Fact]
    public async Task Missing_objects_give_a_typed_error_and_exists_answers_both_ways()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "missing");
        var store = new S3ObjectStore(s3);
        await store.PutJsonAsync(bucket, "here.json", new Receipt("x", 1, DateTimeOffset.UnixEpoch, []), Json.Receipt);

        var ex = await Assert.ThrowsAsync<S3ObjectNotFoundException>(() => store.GetJsonAsync(bucket, "nope.json", Json.Receipt));
        Assert.Equal("nope.json", ex.Key);
        Assert.Contains(bucket, ex.Message, StringComparison.Ordinal);
        Assert.True(await store.ExistsAsync(bucket, "here.json"));
        Assert.False(await store.ExistsAsync(bucket, "nope.json"));
    }

    [Fact]
    public async Task Files_and_streams_round_trip()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "files");
        var store = new S3ObjectStore(s3);
        var folder = Directory.CreateTempSubdirectory().FullName;
        var source = Path.Combine(folder, "in.bin");
        var content = S3Buckets.RandomBytes(300_000, 1);
        await File.WriteAllBytesAsync(source, content);

        await store.PutFileAsync(bucket, "in.bin", source, "application/octet-stream");
        var target = Path.Combine(folder, "out.bin");
        await store.DownloadToFileAsync(bucket, "in.bin", target);
        await using (var stream = await store.OpenReadAsync(bucket, "in.bin"))
        using (var copy = new MemoryStream())
        {
            await stream.CopyToAsync(copy);
            Assert.Equal(content, copy.ToArray());
        }

        Assert.Equal(content, await File.ReadAllBytesAsync(target));
        Assert.False(File.Exists(target + ".partial"));

        // A short stream of unknown length goes in one PUT.
        await store.PutStreamAsync(bucket, "small-forward.bin", new ForwardOnlyStream(content));
        Assert.Equal(content.Length, (await s3.GetObjectMetadataAsync(bucket, "small-forward.bin")).ContentLength);
    }

    [Fact]
    public async Task Large_streams_upload_in_parallel_parts_of_more_than_5_MiB()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "multipart");
        using var capture = new TelemetryCapture();
        var store = new S3ObjectStore(s3, new S3StoreOptions { PartSize = 6 * MiB, MultipartThreshold = 6 * MiB, MaxParallelParts = 3 });
        var content = S3Buckets.RandomBytes((15 * MiB) + 123, 2);

        var result = await store.PutStreamAsync(bucket, "big.bin", new MemoryStream(content), "application/octet-stream");

        Assert.Equal(3, result.PartCount);
        await using (var stream = await store.OpenReadAsync(bucket, "big.bin"))
        {
            Assert.Equal(SHA256.HashData(content), await SHA256.HashDataAsync(stream));
        }

        var parts = capture.ActivitiesWithTag(TelemetryAttributes.S3Bucket, bucket).Where(a => a.DisplayName == "S3.UploadPart").OrderBy(a => (int)a.GetTagItem(TelemetryAttributes.S3PartNumber)!).ToList();
        Assert.Equal([1, 2, 3], parts.Select(p => (int)p.GetTagItem(TelemetryAttributes.S3PartNumber)!));
        Assert.Single(parts.Select(p => p.GetTagItem(TelemetryAttributes.S3UploadId)).Distinct());

        // The parts were in flight together: some part started before another one ended.
        Assert.Contains(parts, a => parts.Any(b => a != b && a.StartTimeUtc < b.StartTimeUtc + b.Duration && b.StartTimeUtc < a.StartTimeUtc + a.Duration));
    }

    [Fact]
    public async Task A_long_stream_of_unknown_length_uploads_in_parts()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "forward");
        var store = new S3ObjectStore(s3, new S3StoreOptions { PartSize = 5 * MiB, MultipartThreshold = 5 * MiB });
        var content = S3Buckets.RandomBytes((11 * MiB) + 7, 3);

        var result = await store.PutStreamAsync(bucket, "forward.bin", new ForwardOnlyStream(content));

        Assert.Equal(3, result.PartCount);
        await using var stream = await store.OpenReadAsync(bucket, "forward.bin");
        Assert.Equal(SHA256.HashData(content), await SHA256.HashDataAsync(stream));
    }

    [Fact]
    public async Task A_failing_source_aborts_the_multipart_upload()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "abort");
        using var capture = new TelemetryCapture();
        var store = new S3ObjectStore(s3, new S3StoreOptions { PartSize = 5 * MiB, MultipartThreshold = 5 * MiB });
        var content = S3Buckets.RandomBytes(12 * MiB, 4);

        var ex = await Assert.ThrowsAsync<IOException>(() => store.PutStreamAsync(bucket, "broken.bin", new ForwardOnlyStream(content, failAfter: 7 * MiB)));

        Assert.Equal("the source failed", ex.Message);
        Assert.False(await store.ExistsAsync(bucket, "broken.bin"));
        var spans = capture.ActivitiesWithTag(TelemetryAttributes.S3Bucket, bucket);
        var abort = Assert.Single(spans, s => s.DisplayName == "S3.AbortMultipartUpload");
        Assert.Equal(ActivityStatusCode.Unset, abort.Status);
        Assert.Equal(ActivityStatusCode.Error, spans.Single(s => s.DisplayName == "S3.MultipartUpload").Status);

        // The server no longer knows the upload: a late part is refused.
        var uploadId = (string)abort.GetTagItem(TelemetryAttributes.S3UploadId)!;
        var late = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.UploadPartAsync(new UploadPartRequest
        {
            BucketName = bucket,
            Key = "broken.bin",
            UploadId = uploadId,
            PartNumber = 2,
            InputStream = new MemoryStream(new byte[10]),
        }));
        Assert.Equal("NoSuchUpload", late.ErrorCode);
    }

    [Fact]
    public async Task An_upload_that_would_need_more_parts_than_S3_allows_is_aborted_with_a_clear_error()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "toomany");
        using var capture = new TelemetryCapture();
        var store = new S3ObjectStore(s3, new S3StoreOptions { PartSize = 5 * MiB, MultipartThreshold = 5 * MiB, MaxParts = 2 });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.PutStreamAsync(bucket, "huge.bin", new ForwardOnlyStream(S3Buckets.RandomBytes(11 * MiB, 5))));

        Assert.Contains("more than 2 parts", ex.Message, StringComparison.Ordinal);
        Assert.Contains("PartSize", ex.Message, StringComparison.Ordinal);
        Assert.Single(capture.ActivitiesWithTag(TelemetryAttributes.S3Bucket, bucket), s => s.DisplayName == "S3.AbortMultipartUpload");
        Assert.False(await store.ExistsAsync(bucket, "huge.bin"));
    }

    [Fact]
    public async Task Presigned_get_and_put_urls_work_with_a_plain_http_client()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "presign");
        var store = new S3ObjectStore(s3, new S3StoreOptions { PresignProtocol = Protocol.HTTP });
        using var http = new HttpClient();

        var putUrl = await store.PresignPutAsync(bucket, "upload.txt", TimeSpan.FromMinutes(5), "text/plain");
        using var putContent = new StringContent("uploaded through a presigned URL");
        putContent.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var put = await http.PutAsync(putUrl, putContent);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var getUrl = await store.PresignGetAsync(bucket, "upload.txt", TimeSpan.FromMinutes(5));
        var expires = System.Web.HttpUtility.ParseQueryString(getUrl.Query)["X-Amz-Expires"];
        Assert.True(int.Parse(expires!) is > 240 and <= 301, getUrl.ToString()); // seconds, from the signing moment (the SDK rounds)
        Assert.Equal("uploaded through a presigned URL", await http.GetStringAsync(getUrl));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(7 * 24 * 60 + 1)]
    public async Task Presign_expiry_must_be_positive_and_at_most_seven_days(int minutes)
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var store = new S3ObjectStore(s3);
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.PresignGetAsync("b", "k", TimeSpan.FromMinutes(minutes)));
        Assert.Contains("7 days", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(await store.PresignGetAsync("b", "k", TimeSpan.FromDays(7)));
    }

    [Fact]
    public async Task Listing_pages_through_every_key_under_a_prefix()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "list");
        using var capture = new TelemetryCapture();
        var store = new S3ObjectStore(s3, new S3StoreOptions { ListPageSize = 10 });
        for (var i = 0; i < 25; i++)
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = $"a/{i:D3}.txt", ContentBody = new string('x', i) });
        }

        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "b/other.txt", ContentBody = "x" });

        var listed = new List<S3ObjectInfo>();
        await foreach (var item in store.ListAsync(bucket, "a/"))
        {
            listed.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"a/{i:D3}.txt"), listed.Select(o => o.Key));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => (long)i), listed.Select(o => o.Size));
        Assert.All(listed, o => Assert.NotNull(o.LastModified));
        Assert.Equal(3, capture.ActivitiesWithTag(TelemetryAttributes.S3Bucket, bucket).Count(a => a.DisplayName == "S3.ListObjectsV2"));
    }

    [Fact]
    public async Task Copy_and_move_keep_content_and_move_deletes_the_source_only_after_the_copy()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "copy");
        var archive = await S3Buckets.CreateAsync(s3, "archive");
        using var capture = new TelemetryCapture();
        var store = new S3ObjectStore(s3);
        var receipt = new Receipt("o-9", 9, DateTimeOffset.UnixEpoch, ["a"]);
        await store.PutJsonAsync(bucket, "in/o-9.json", receipt, Json.Receipt);

        await store.CopyAsync(bucket, "in/o-9.json", bucket, "copy/o-9.json");
        await store.MoveAsync(bucket, "in/o-9.json", archive, "done/o-9.json");

        Assert.Equal("o-9", (await store.GetJsonAsync(bucket, "copy/o-9.json", Json.Receipt))!.OrderId);
        Assert.Equal("o-9", (await store.GetJsonAsync(archive, "done/o-9.json", Json.Receipt))!.OrderId);
        Assert.False(await store.ExistsAsync(bucket, "in/o-9.json"));
        var moveSteps = capture.Activities
            .Where(a => a.DisplayName is "S3.CopyObject" or "S3.DeleteObject" && (string?)a.GetTagItem(TelemetryAttributes.S3Key) is "done/o-9.json" or "in/o-9.json")
            .Select(a => a.DisplayName).ToList();
        Assert.Equal(["S3.CopyObject", "S3.DeleteObject"], moveSteps);
        Assert.Equal(bucket + "/in/o-9.json", capture.Activities.First(a => (string?)a.GetTagItem(TelemetryAttributes.S3Key) == "done/o-9.json").GetTagItem(TelemetryAttributes.S3CopySource));

        await Assert.ThrowsAsync<S3ObjectNotFoundException>(() => store.MoveAsync(bucket, "in/o-9.json", archive, "again.json"));
        await Assert.ThrowsAsync<S3ObjectNotFoundException>(() => store.CopyAsync(bucket, "nope", archive, "nope"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.MoveAsync(bucket, "copy/o-9.json", bucket, "copy/o-9.json"));
        Assert.True(await store.ExistsAsync(bucket, "copy/o-9.json"));
    }

    [Fact]
    public async Task Moving_an_object_onto_its_own_key_spelled_with_a_leading_slash_is_refused_and_the_object_kept()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "slash");
        var store = new S3ObjectStore(s3);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k/f.txt", ContentBody = "keep me" });

        // The SDK drops the leading '/': both spellings are one object, and a move would copy it onto itself, then delete it.
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => store.MoveAsync(bucket, "k/f.txt", bucket, "/k/f.txt"));
        Assert.Contains("'k/f.txt'", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => store.MoveAsync(bucket, "/k/f.txt", bucket, "k/f.txt"));
        using (var kept = await s3.GetObjectAsync(bucket, "k/f.txt"))
        using (var reader = new StreamReader(kept.ResponseStream))
        {
            Assert.Equal("keep me", await reader.ReadToEndAsync());
        }

        // A leading '/' on a real move names the object S3 stores.
        await store.MoveAsync(bucket, "/k/f.txt", bucket, "moved/f.txt");
        Assert.False(await store.ExistsAsync(bucket, "k/f.txt"));
        Assert.True(await store.ExistsAsync(bucket, "moved/f.txt"));
    }

    [Fact]
    public async Task A_copy_overwritten_with_other_content_of_the_same_size_is_not_confirmed_and_the_source_is_kept()
    {
        var server = await SharedServers.FauxqsAsync();
        using var direct = server.CreateS3Client();
        using var interceptor = new S3CopyInterceptor();
        using var s3 = interceptor.CreateClient(server.CreateS3Config());
        var bucket = await S3Buckets.CreateAsync(direct, "confirm");
        await direct.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "src.txt", ContentBody = "original" });
        // Between the copy and its check, someone writes other bytes of the same length to the target.
        interceptor.AfterCopy = () => direct.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "dst.txt", ContentBody = "imposter" });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new S3ObjectStore(s3).MoveAsync(bucket, "src.txt", bucket, "dst.txt"));

        Assert.Contains("the source was kept", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ETag", ex.Message, StringComparison.Ordinal);
        using var source = await direct.GetObjectAsync(bucket, "src.txt");
        using var reader = new StreamReader(source.ResponseStream);
        Assert.Equal("original", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Presigned_urls_are_always_sigv4_from_one_second_to_seven_days_less_the_margin()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var store = new S3ObjectStore(s3, new S3StoreOptions { PresignProtocol = Protocol.HTTP });
        static (string? Algorithm, long Expires) Signature(Uri url)
        {
            var query = System.Web.HttpUtility.ParseQueryString(url.Query);
            return (query["X-Amz-Algorithm"], long.Parse(query["X-Amz-Expires"] ?? "-1", System.Globalization.CultureInfo.InvariantCulture));
        }

        var shortest = Signature(await store.PresignGetAsync("b", "k", TimeSpan.FromTicks(1)));
        Assert.Equal(("AWS4-HMAC-SHA256", 1L), shortest);

        var longest = (long)(S3ObjectStore.MaxPresignExpiry - S3ObjectStore.PresignExpiryMargin).TotalSeconds;
        foreach (var expiry in new[] { TimeSpan.FromDays(7), TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1), TimeSpan.FromDays(7) - TimeSpan.FromMinutes(4) })
        {
            var (algorithm, expires) = Signature(await store.PresignPutAsync("b", "k", expiry));
            Assert.Equal("AWS4-HMAC-SHA256", algorithm);
            Assert.Equal(longest, expires);
        }

        Assert.Equal(("AWS4-HMAC-SHA256", 3600L), Signature(await store.PresignGetAsync("b", "k", TimeSpan.FromHours(1))));
    }

    [Fact]
    public async Task Deleting_more_than_a_thousand_keys_splits_the_requests()
    {
        var server = await SharedServers.FauxqsAsync();
        using var s3 = server.CreateS3Client();
        var bucket = await S3Buckets.CreateAsync(s3, "delete");
        using var capture = new TelemetryCapture();
        var store = new S3ObjectStore(s3);
        var keys = Enumerable.Range(0, 2100).Select(i => $"k/{i:D5}").ToList();
        foreach (var key in keys.Where((_, i) => i % 70 == 0))
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = "x" });
        }

        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "keep", ContentBody = "x" });

        var deleted = await store.DeleteManyAsync(bucket, keys);

        Assert.Equal(2100, deleted);
        Assert.Equal(3, capture.ActivitiesWithTag(TelemetryAttributes.S3Bucket, bucket).Count(a => a.DisplayName == "S3.DeleteObjects"));
        var left = new List<string>();
        await foreach (var item in store.ListAsync(bucket))
        {
            left.Add(item.Key);
        }

        Assert.Equal(["keep"], left);
    }

    [Fact]
    public void Part_sizes_below_the_S3_minimum_are_rejected()
    {
        using var s3 = new AmazonS3Client(new Amazon.Runtime.BasicAWSCredentials("a", "b"), new AmazonS3Config { ServiceURL = "http://127.0.0.1:1" });
        var ex = Assert.Throws<ArgumentException>(() => new S3ObjectStore(s3, new S3StoreOptions { PartSize = 1024 }));
        Assert.Contains("PartSize", ex.Message, StringComparison.Ordinal);
    }
}
