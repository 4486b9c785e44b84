using System.Text;
using BenchmarkDotNet.Attributes;
using Boto3Assist.Messaging;
using Boto3Assist.Storage;

namespace Boto3Assist.Runtime.Benchmarks;

/// <summary>Parsing Lambda events: an SQS event of 10 records (with attributes and a trace context) and an S3 notification.</summary>
[MemoryDiagnoser]
public class EventParsingBenchmarks
{
    private readonly byte[] _sqsEvent = Encoding.UTF8.GetBytes("{\"Records\":[" + string.Join(',', Enumerable.Range(0, 10).Select(i => $$$"""
        {"messageId":"059f36b4-87a3-44ab-83d2-66197583{{{i:D4}}}","receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a{{{i}}}",
         "body":"{\"OrderId\":\"o-{{{i}}}\",\"Total\":10.5,\"Lines\":[{\"Sku\":\"A\",\"Quantity\":1}]}",
         "attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1545082649183","SenderId":"AIDAIENQZJOLO23YVJ4VO","ApproximateFirstReceiveTimestamp":"1545082649185"},
         "messageAttributes":{"traceparent":{"stringValue":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01","stringListValues":[],"binaryListValues":[],"dataType":"String"}},
         "md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:my-queue","awsRegion":"us-east-2"}
        """)) + "]}");

    private readonly byte[] _s3Event = Encoding.UTF8.GetBytes("""
        {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-west-2","eventTime":"2026-11-24T21:15:03.123Z","eventName":"ObjectCreated:Put",
         "userIdentity":{"principalId":"AWS:AIDAJDPLRKLG7UEXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
         "responseElements":{"x-amz-request-id":"C3D13FE58DE4C810","x-amz-id-2":"FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD"},
         "s3":{"s3SchemaVersion":"1.0","configurationId":"receipts","bucket":{"name":"order-receipts","ownerIdentity":{"principalId":"A3NL1KOZZKExample"},"arn":"arn:aws:s3:::order-receipts"},
         "object":{"key":"2026/11/receipt+for+order%231.json","size":1024,"eTag":"d41d8cd98f00b204e9800998ecf8427e","sequencer":"0055AED6DCD90281E5"}}}]}
        """);

    [Benchmark]
    public int SqsEvent10Records() => SqsEvent.Parse(_sqsEvent).Records.Count;

    [Benchmark]
    public int S3Notification() => S3Event.Parse(_s3Event).Records.Count;
}
