namespace Boto3Assist.DataAccess.Benchmarks;

/// <summary>
/// Adds a fixed delay to every round trip, about what a Lambda function sees to DynamoDB (DynamoDB Local on loopback
/// answers in well under a millisecond), so the batch benchmark measures what parallel batching saves on a real network.
/// </summary>
public sealed class AddedLatencyHandler(TimeSpan latency) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

