using Boto3Assist.DependencyInjection;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Boto3Assist.DataAccess.Tests.Lifecycle;

/// <summary>The clock of [CreatedAt]/[UpdatedAt] comes from the container unless the options chose one.</summary>
public sealed class ClockRegistrationTests
{
    private static readonly FakeTimeProvider Registered = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_registered_time_provider_stamps_the_writes()
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Registered);
        services.AddBoto3AssistDynamoDb(o => o.ServiceUrl = "http://127.0.0.1:1");
        await using var provider = services.BuildServiceProvider();
        Assert.Same(Registered, provider.GetRequiredService<DynamoDataContext>().Options.TimeProvider);
    }

    [Fact]
    public async Task A_clock_set_in_the_options_wins_over_the_registered_one()
    {
        var chosen = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Registered);
        services.AddBoto3AssistDynamoDb(o => o.ServiceUrl = "http://127.0.0.1:1", o => o.TimeProvider = chosen);
        await using var provider = services.BuildServiceProvider();
        Assert.Same(chosen, provider.GetRequiredService<DynamoDataContext>().Options.TimeProvider);
    }

    [Fact]
    public async Task Without_a_registration_the_system_clock_is_used()
    {
        var services = new ServiceCollection();
        services.AddBoto3AssistDynamoDb(o => o.ServiceUrl = "http://127.0.0.1:1");
        await using var provider = services.BuildServiceProvider();
        Assert.Same(TimeProvider.System, provider.GetRequiredService<DynamoDataContext>().Options.TimeProvider);
    }
}
