using Boto3Assist.Storage;

namespace Boto3Assist.Runtime.Tests.Storage;

public sealed class S3EventTests
{
    // The example notification in the Amazon S3 user guide ("Event message structure"), with a key that needs decoding.
    private const string DocumentedEvent = """
        {
          "Records": [
            {
              "eventVersion": "2.1",
              "eventSource": "aws:s3",
              "awsRegion": "us-west-2",
              "eventTime": "2026-11-24T21:15:03.123Z",
              "eventName": "ObjectCreated:Put",
              "userIdentity": { "principalId": "AWS:AIDAJDPLRKLG7UEXAMPLE" },
              "requestParameters": { "sourceIPAddress": "127.0.0.1" },
              "responseElements": { "x-amz-request-id": "C3D13FE58DE4C810", "x-amz-id-2": "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD" },
              "s3": {
                "s3SchemaVersion": "1.0",
                "configurationId": "receipts-created",
                "bucket": { "name": "order-receipts", "ownerIdentity": { "principalId": "A3NL1KOZZKExample" }, "arn": "arn:aws:s3:::order-receipts" },
                "object": { "key": "2026/11/receipt+for+order%231.json", "size": 1024, "eTag": "d41d8cd98f00b204e9800998ecf8427e", "versionId": "096fKKXTRTtl3on89fVO.nfljtsv6qko", "sequencer": "0055AED6DCD90281E5" }
              }
            },
            {
              "eventVersion": "2.1",
              "eventSource": "aws:s3",
              "awsRegion": "us-west-2",
              "eventTime": "2026-11-24T21:16:00.000Z",
              "eventName": "ObjectRemoved:Delete",
              "s3": {
                "s3SchemaVersion": "1.0",
                "bucket": { "name": "order-receipts", "arn": "arn:aws:s3:::order-receipts" },
                "object": { "key": "old.json", "sequencer": "0055AED6DCD90281F0" }
              }
            }
          ]
        }
        """;

    [Fact]
    public void Parses_records_with_decoded_keys()
    {
        var s3Event = S3Event.Parse(DocumentedEvent);

        Assert.False(s3Event.IsTestEvent);
        Assert.Equal(2, s3Event.Records.Count);
        var created = s3Event.Records[0];
        Assert.Equal(new S3EventRecord(
            "ObjectCreated:Put",
            new DateTimeOffset(2026, 11, 24, 21, 15, 3, 123, TimeSpan.Zero),
            "us-west-2",
            "order-receipts",
            "arn:aws:s3:::order-receipts",
            "2026/11/receipt for order#1.json",
            1024,
            "d41d8cd98f00b204e9800998ecf8427e",
            "096fKKXTRTtl3on89fVO.nfljtsv6qko",
            "0055AED6DCD90281E5",
            "receipts-created"), created);
        Assert.True(created.IsObjectCreated);
        var removed = s3Event.Records[1];
        Assert.True(removed.IsObjectRemoved);
        Assert.Null(removed.Size);
        Assert.Null(removed.ConfigurationId);
    }

    [Fact]
    public async Task Recognises_the_test_event_and_parses_streams()
    {
        var test = S3Event.Parse("""{"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-24T21:15:03.123Z","Bucket":"order-receipts","RequestId":"5582815E1AEA5ADF","HostId":"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE"}""");
        Assert.True(test.IsTestEvent);
        Assert.Empty(test.Records);

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(DocumentedEvent));
        Assert.Equal(2, (await S3Event.ParseAsync(stream)).Records.Count);
    }

    [Theory]
    [InlineData("{}", "no \"Records\" array")]
    [InlineData("""{"Records":[{"eventName":"ObjectCreated:Put","eventTime":"2026-01-01T00:00:00Z"}]}""", "Records[0] of the S3 event has no object \"s3\"")]
    [InlineData("""{"Records":[{"eventName":"ObjectCreated:Put","eventTime":"2026-01-01T00:00:00Z","s3":{"bucket":{"name":"b"},"object":{}}}]}""", "Records[0].s3.object of the S3 event has no string \"key\"")]
    [InlineData("""{"Records":[{"eventName":"x","eventTime":"yesterday","s3":{"bucket":{"name":"b"},"object":{"key":"k"}}}]}""", "eventTime of the S3 event is not a date")]
    [InlineData("{", "not valid JSON")]
    public void Malformed_notifications_fail_with_a_typed_error_naming_the_field(string json, string expected)
    {
        var ex = Assert.Throws<S3EventFormatException>(() => S3Event.Parse(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
