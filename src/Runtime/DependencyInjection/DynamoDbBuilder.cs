using System;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Boto3Assist.DependencyInjection;

/// <summary>Registers entities (their repositories and table definitions) after <c>AddBoto3AssistDynamoDb</c>.</summary>
public sealed class DynamoDbBuilder
{
    internal DynamoDbBuilder(IServiceCollection services, DynamoDbEntityRegistry registry)
    {
        Services = services;
        Registry = registry;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    internal DynamoDbEntityRegistry Registry { get; }

    /// <summary>
    /// Registers <typeparamref name="TEntity"/>: its <see cref="DynamoRepository{TEntity}"/> (also as
    /// <see cref="IDynamoRepository{TEntity}"/>, one instance) and its table for <see cref="DynamoTableSetup"/>.
    /// </summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <returns>This builder.</returns>
    public DynamoDbBuilder AddEntity<TEntity>() where TEntity : IDynamoEntity<TEntity>
    {
        Registry.Add(TEntity.Metadata);
        Services.TryAddSingleton(static provider => provider.GetRequiredService<DynamoDataContext>().Repository<TEntity>());
        Services.TryAddSingleton<IDynamoRepository<TEntity>>(static provider => provider.GetRequiredService<DynamoRepository<TEntity>>());
        return this;
    }

    /// <summary>Creates the missing tables of the registered entities when the host starts (for development and tests).</summary>
    /// <returns>This builder.</returns>
    public DynamoDbBuilder CreateTablesOnStartup()
    {
        Services.AddHostedService<DynamoDbTableSetupService>();
        return this;
    }
}
