using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Boto3Assist.Observability;

/// <summary>Keeps an <see cref="EmfMetricsExporter"/> for the life of the host and writes what is left when it stops.</summary>
internal sealed class EmfMetricsService : IHostedService
{
    private readonly EmfMetricsExporter _exporter;

    // Taking the exporter makes the container create it at start-up, so it listens from the first measurement.
    public EmfMetricsService(EmfMetricsExporter exporter) => _exporter = exporter;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _exporter.Flush();
        return Task.CompletedTask;
    }
}
