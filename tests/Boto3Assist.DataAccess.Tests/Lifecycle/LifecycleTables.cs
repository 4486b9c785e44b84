using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Lifecycle;

/// <summary>The "lifecycle" table of the timestamp and validation tests, suffixed per test class, on a fake clock.</summary>
internal static class LifecycleTables
{
    public static async Task<DynamoDataContext> CreateContextAsync(DynamoDbFixture fixture, string suffix, TimeProvider clock)
    {
        var context = await fixture.CreateContextAsync(suffix, configure: options => options.TimeProvider = clock);
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, DynamoTableDefinitions.Merge([Account.Metadata, Note.Metadata, Signup.Metadata]), context.TableNames.For<Account>());
        return context;
    }
}
