using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Messaging;

/// <summary>
/// Handles one typed SQS message. Returning deletes the message; throwing leaves it on the queue, so SQS delivers it
/// again and, after the queue's <c>maxReceiveCount</c>, moves it to the dead-letter queue.
/// </summary>
/// <typeparam name="T">The body type.</typeparam>
public interface ISqsMessageHandler<T>
{
    /// <summary>Handles the message.</summary>
    /// <param name="message">The message, its body already deserialized.</param>
    /// <param name="cancellationToken">Cancelled when the consumer stops and the shutdown timeout has passed.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    Task HandleAsync(SqsReceivedMessage<T> message, CancellationToken cancellationToken);
}
