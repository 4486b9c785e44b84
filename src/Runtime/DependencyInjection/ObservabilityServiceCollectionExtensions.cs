using System;
using System.IO;
using Boto3Assist.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CloudWatch Embedded Metric Format output of the library's metrics.</summary>
public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// Writes the <c>Boto3Assist</c> meter's measurements as EMF lines (to stdout unless <paramref name="output"/> is
    /// given) every <see cref="EmfExporterOptions.FlushInterval"/> (default 60 s) and when the host stops.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">A section binding <see cref="EmfExporterOptions"/> (<c>Namespace</c>, <c>FlushInterval</c>, <c>Properties</c>), or <see langword="null"/>.</param>
    /// <param name="output">Where lines go; stdout when <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoto3AssistEmfMetrics(this IServiceCollection services, IConfiguration? configuration = null, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EmfExporterOptions>();
        options.Configure(o => o.FlushInterval ??= TimeSpan.FromSeconds(60));
        if (configuration is not null)
        {
            options.Bind(configuration);
        }

        services.TryAddSingleton(_ => new EmfWriter(output));
        services.TryAddSingleton(provider => new EmfMetricsExporter(
            provider.GetRequiredService<EmfWriter>(),
            provider.GetRequiredService<IOptions<EmfExporterOptions>>().Value));
        services.AddSingleton<IHostedService, EmfMetricsService>();
        return services;
    }
}
