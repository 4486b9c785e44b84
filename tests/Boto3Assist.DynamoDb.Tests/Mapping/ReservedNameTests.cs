using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>Members named like generated ones (Metadata, Keys, Fields) are mapped, against DynamoDB Local.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class ReservedNameTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, TestTables.UniqueName(nameof(ReservedNameTests)));

    [Fact]
    public async Task Members_named_Metadata_Keys_and_Fields_round_trip_under_their_own_names()
    {
        var document = new DocumentWithMetadata
        {
            Id = "d1",
            Metadata = new() { ["author"] = "ann" },
            Keys = ["k1", "k2"],
            Fields = "title,body",
        };

        var stored = await _tables.PutAndGetRawAsync(document);

        Assert.Equal("ann", stored["Metadata"].M["author"].S);
        Assert.Equal(["k1", "k2"], stored["Keys"].L.Select(v => v.S));
        Assert.Equal("title,body", stored["Fields"].S);
        Assert.Equal("DOC#d1", stored["pk"].S);
        var back = DocumentWithMetadata.FromItem(stored);
        Assert.Equal(document.Metadata, back.Metadata);
        Assert.Equal(document.Keys, back.Keys);
        Assert.Equal(document.Fields, back.Fields);
    }

    [Fact]
    public void The_generated_members_give_way_and_the_interface_still_has_its_metadata()
    {
        Assert.Equal("DOC#d1", DocumentWithMetadata.DynamoKeys.PartitionKey("d1"));
        Assert.Equal("documents", DocumentWithMetadata.DynamoMetadata.Table.TableName);
        Assert.Same(DocumentWithMetadata.DynamoMetadata, MetadataOf<DocumentWithMetadata>());
        Assert.Equal("Fields", DocumentWithMetadata.DynamoFields.Fields.AttributeName);
    }

    private static DynamoEntityMetadata MetadataOf<T>() where T : IDynamoEntity<T> => T.Metadata;
}
