namespace Boto3Assist.Packaging.Tests;

/// <summary>The documented update command (docs/schema-file.md) on a package consumer, and the check it enables.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class SchemaFileCommandTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task Update_command_writes_dynamo_schema_json_and_the_next_build_checks_against_it()
    {
        var consumer = feed.PrepareConsumer(Path.Combine(AppContext.BaseDirectory, "SchemaConsumer"), "schema-consumer");
        var environment = new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" };

        var (code, output) = await DotnetCli.RunAsync("dotnet", $"build -c Release -p:Boto3AssistVersion={feed.Version} -p:Boto3AssistUpdateSchema=true", consumer, TimeSpan.FromMinutes(5), environment);
        Assert.True(code == 0, output);
        var file = Path.Combine(consumer, "dynamo-schema.json");
        Assert.Equal(
            """
            {
              "format": 1,
              "entities": [
                {
                  "entity": "Shop.Order",
                  "table": "shop",
                  "discriminator": { "attribute": "_type", "value": "Order" },
                  "schemaVersion": 1,
                  "keys": [
                    { "role": "partition", "attribute": "pk", "type": "S", "template": "CUSTOMER#{CustomerId}" },
                    { "role": "sort", "attribute": "sk", "type": "S", "template": "ORDER#{Id}" }
                  ],
                  "attributes": [
                    { "name": "CustomerId", "type": "S", "required": true },
                    { "name": "Id", "type": "S", "required": true },
                    { "name": "Note", "type": "S", "required": false },
                    { "name": "Total", "type": "N", "required": true }
                  ]
                }
              ]
            }

            """,
            File.ReadAllText(file).ReplaceLineEndings("\n"));

        // The package passes the file to the analyzers: retyping a stored member is now a build error.
        var model = Path.Combine(consumer, "Order.cs");
        File.WriteAllText(model, File.ReadAllText(model).Replace("public decimal Total", "public string? Total", StringComparison.Ordinal));
        (code, output) = await DotnetCli.RunAsync("dotnet", $"build -c Release -p:Boto3AssistVersion={feed.Version}", consumer, TimeSpan.FromMinutes(5), environment);
        Assert.NotEqual(0, code);
        Assert.Contains("error B3A5008: The stored shape of 'Order' changed since dynamo-schema.json: attribute 'Total' changed from N to S", output, StringComparison.Ordinal);
    }
}
