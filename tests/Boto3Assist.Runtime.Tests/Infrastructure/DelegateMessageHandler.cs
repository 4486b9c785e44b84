using Boto3Assist.Messaging;

namespace Boto3Assist.Runtime.Tests.Infrastructure;

public sealed class DelegateMessageHandler<T>(Func<SqsReceivedMessage<T>, CancellationToken, Task> handle) : ISqsMessageHandler<T>
{
    public Task HandleAsync(SqsReceivedMessage<T> message, CancellationToken cancellationToken) => handle(message, cancellationToken);
}
