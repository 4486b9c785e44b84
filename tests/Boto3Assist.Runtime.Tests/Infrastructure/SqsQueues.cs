using Amazon.SQS;
using Amazon.SQS.Model;

namespace Boto3Assist.Runtime.Tests.Infrastructure;

/// <summary>Creates uniquely named queues on the shared fauxqs and reads them back for assertions.</summary>
public static class SqsQueues
{
    public static async Task<string> CreateAsync(IAmazonSQS sqs, string prefix, bool fifo = false, Dictionary<string, string>? attributes = null)
    {
        var name = prefix + "-" + Guid.NewGuid().ToString("N")[..8] + (fifo ? ".fifo" : string.Empty);
        var all = new Dictionary<string, string>(attributes ?? []);
        if (fifo)
        {
            all["FifoQueue"] = "true";
        }

        var response = await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = all.Count == 0 ? null : all });
        return response.QueueUrl;
    }

    public static async Task<string> ArnAsync(IAmazonSQS sqs, string queueUrl)
    {
        var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = queueUrl, AttributeNames = ["QueueArn"] });
        return attributes.Attributes["QueueArn"];
    }

    /// <summary>Receives (and deletes) until <paramref name="expected"/> messages arrived or the time is up.</summary>
    public static async Task<List<Message>> DrainAsync(IAmazonSQS sqs, string queueUrl, int expected, TimeSpan? timeout = null)
    {
        var all = new List<Message>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (all.Count < expected && DateTime.UtcNow < deadline)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 1,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["All"],
            });
            foreach (var message in response.Messages ?? [])
            {
                all.Add(message);
                await sqs.DeleteMessageAsync(queueUrl, message.ReceiptHandle);
            }
        }

        return all;
    }

    public static async Task<int> ApproximateCountAsync(IAmazonSQS sqs, string queueUrl)
    {
        var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = queueUrl,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"],
        });
        return attributes.Attributes.Values.Sum(int.Parse);
    }
}
