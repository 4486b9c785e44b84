using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Boto3Assist.Messaging;

/// <summary>Resolves the user's handler from a new service scope for each message, so scoped services work in handlers.</summary>
internal sealed class ScopedMessageHandler<TMessage, THandler> : ISqsMessageHandler<TMessage>
    where THandler : class, ISqsMessageHandler<TMessage>
{
    private readonly IServiceScopeFactory _scopes;

    public ScopedMessageHandler(IServiceScopeFactory scopes) => _scopes = scopes;

    public async Task HandleAsync(SqsReceivedMessage<TMessage> message, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<THandler>().HandleAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
