using System.Threading;
using System.Threading.Tasks;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.Hosting;

namespace Boto3Assist.DependencyInjection;

/// <summary>Creates the registered entities' tables at start-up (see <see cref="DynamoDbBuilder.CreateTablesOnStartup"/>).</summary>
internal sealed class DynamoDbTableSetupService(DynamoDataContext context, DynamoDbEntityRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => DynamoTableSetup.CreateAllAsync(context, registry.Entities, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
