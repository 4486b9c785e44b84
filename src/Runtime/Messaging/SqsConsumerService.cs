using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Boto3Assist.Messaging;

/// <summary>
/// Runs an <see cref="SqsConsumer{T}"/> as a hosted background service: it starts with the host and stops gracefully
/// with it (handlers in flight get <see cref="SqsConsumerOptions.ShutdownTimeout"/>; keep the host's shutdown timeout
/// longer). Registered by <c>AddBoto3AssistSqsConsumer</c>.
/// </summary>
/// <typeparam name="T">The body type.</typeparam>
public sealed class SqsConsumerService<T> : BackgroundService
{
    private readonly SqsConsumer<T> _consumer;

    /// <summary>Creates the service.</summary>
    /// <param name="consumer">The consumer to run.</param>
    public SqsConsumerService(SqsConsumer<T> consumer) => _consumer = consumer ?? throw new ArgumentNullException(nameof(consumer));

    /// <summary>Consumes until the host stops.</summary>
    /// <param name="stoppingToken">Signalled when the host stops.</param>
    /// <returns>A task that ends when the consumer has stopped.</returns>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _consumer.RunAsync(stoppingToken);
}
