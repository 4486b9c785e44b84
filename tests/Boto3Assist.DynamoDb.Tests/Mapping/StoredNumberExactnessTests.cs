using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// Numbers DynamoDB stores (38 digits, magnitudes 1E-130 to below 1E+126) that a member type cannot hold are refused
/// by FromItem, naming the entity and the member, instead of reading as Infinity, 0 or a rounded value.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class StoredNumberExactnessTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(StoredNumberExactnessTests));

    [Theory]
    [InlineData("Single", "1E+100", "a number within the range of Single")]
    [InlineData("Single", "1E-50", "a number Single can hold (it would read as 0)")]
    [InlineData("Decimal", "1E-130", "a number Decimal holds exactly")]
    [InlineData("Decimal", "12345678901234567890123456789012345678", "a number Decimal holds exactly")]
    [InlineData("Decimal", "1.2345678901234567890123456789012345678", "a number Decimal holds exactly")]
    public async Task A_stored_number_the_member_cannot_hold_is_refused(string attribute, string number, string expected)
    {
        var entity = ScalarRoundTripTests.Ordinary();
        entity.Id = attribute + number;
        var name = await _tables.EnsureAsync<ScalarMatrix>();
        var item = entity.ToItem();
        item[attribute] = new AttributeValue { N = number };
        await server.Client.PutItemAsync(new PutItemRequest { TableName = name, Item = item });

        var stored = await server.Client.GetItemAsync(new GetItemRequest { TableName = name, Key = entity.ToKey(), ConsistentRead = true });
        var e = WireJson.ThrowsFromBoth<ScalarMatrix>(stored.Item);

        Assert.Equal(("ScalarMatrix", attribute), (e.Entity, e.Attribute));
        Assert.StartsWith(expected, e.Expected, StringComparison.Ordinal);
        Assert.StartsWith("N \"", e.Found, StringComparison.Ordinal); // DynamoDB writes 1E-130 out in full: the message shortens it
    }
}
