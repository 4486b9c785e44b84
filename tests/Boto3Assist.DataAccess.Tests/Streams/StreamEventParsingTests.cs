using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Streams;

/// <summary>The Lambda DynamoDB stream event, as AWS documents it, parsed into typed records.</summary>
public sealed class StreamEventParsingTests
{
    // The shape of AWS's documented sample event, with a TTL removal (userIdentity of the DynamoDB service) added.
    private const string SampleEvent = """
        {"Records":[
          {"eventID":"c4ca4238a0b923820dcc509a6f75849b","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
           "dynamodb":{"Keys":{"Id":{"N":"101"}},"NewImage":{"Message":{"S":"New item!"},"Id":{"N":"101"}},"ApproximateCreationDateTime":1428537600,
                       "SequenceNumber":"4421584500000000017450439091","SizeBytes":26,"StreamViewType":"NEW_AND_OLD_IMAGES"},
           "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899"},
          {"eventID":"c81e728d9d4c2f636f067f89cc14862c","eventName":"MODIFY","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
           "dynamodb":{"Keys":{"Id":{"N":"101"}},"NewImage":{"Message":{"S":"This item has changed"},"Id":{"N":"101"}},"OldImage":{"Message":{"S":"New item!"},"Id":{"N":"101"}},
                       "ApproximateCreationDateTime":1428537600.5,"SequenceNumber":"4421584500000000017450439092","SizeBytes":59,"StreamViewType":"NEW_AND_OLD_IMAGES"},
           "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899"},
          {"eventID":"eccbc87e4b5ce2fe28308fd9f2a7baf3","eventName":"REMOVE","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
           "dynamodb":{"Keys":{"Id":{"N":"101"}},"OldImage":{"Message":{"S":"This item has changed"},"Id":{"N":"101"}},"ApproximateCreationDateTime":1428537601,
                       "SequenceNumber":"4421584500000000017450439093","SizeBytes":38,"StreamViewType":"NEW_AND_OLD_IMAGES"},
           "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899"},
          {"eventID":"a87ff679a2f3e71d9181a67b7542122c","eventName":"REMOVE","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
           "userIdentity":{"type":"Service","principalId":"dynamodb.amazonaws.com"},
           "dynamodb":{"Keys":{"Id":{"N":"102"}},"OldImage":{"Id":{"N":"102"},"expires":{"N":"1428537000"}},"ApproximateCreationDateTime":1428537602,
                       "SequenceNumber":"4421584500000000017450439094","SizeBytes":20,"StreamViewType":"NEW_AND_OLD_IMAGES"}}
        ]}
        """;

    [Fact]
    public void The_documented_sample_event_becomes_typed_records()
    {
        var records = DynamoStreamEvent.Parse(SampleEvent).Records;

        Assert.Equal([DynamoStreamEventName.Insert, DynamoStreamEventName.Modify, DynamoStreamEventName.Remove, DynamoStreamEventName.Remove], records.Select(r => r.EventName));
        Assert.Equal(["4421584500000000017450439091", "4421584500000000017450439092", "4421584500000000017450439093", "4421584500000000017450439094"], records.Select(r => r.SequenceNumber));
        var insert = records[0];
        Assert.Equal("c4ca4238a0b923820dcc509a6f75849b", insert.EventId);
        Assert.Equal("101", insert.Keys["Id"].N);
        Assert.Equal("New item!", insert.NewImage!["Message"].S);
        Assert.Null(insert.OldImage);
        Assert.Equal(new DateTimeOffset(2015, 4, 9, 0, 0, 0, TimeSpan.Zero), insert.ApproximateCreationDateTime);
        Assert.Equal(26, insert.SizeBytes);
        Assert.Equal(DynamoStreamViewType.NewAndOldImages, insert.StreamViewType);
        Assert.Equal("us-east-1", insert.AwsRegion);
        Assert.EndsWith("stream/2015-06-27T00:48:05.899", insert.EventSourceArn, StringComparison.Ordinal);

        Assert.Equal(new DateTimeOffset(2015, 4, 9, 0, 0, 0, 500, TimeSpan.Zero), records[1].ApproximateCreationDateTime);
        Assert.Equal(("New item!", "This item has changed"), (records[1].OldImage!["Message"].S, records[1].NewImage!["Message"].S));

        Assert.False(records[2].IsTimeToLiveExpiry);
        Assert.Null(records[2].NewImage);
        Assert.True(records[3].IsTimeToLiveExpiry);
        Assert.Equal(("Service", "dynamodb.amazonaws.com"), (records[3].UserIdentityType, records[3].UserIdentityPrincipalId));
    }

    [Fact]
    public async Task Every_attribute_type_is_read_from_a_stream()
    {
        const string json = """
            {"Records":[{"eventID":"1","eventName":"INSERT","dynamodb":{"Keys":{"pk":{"S":"a"}},"SequenceNumber":"1","NewImage":{
              "s":{"S":"t\u00e9xt"},"n":{"N":"-1.5E+3"},"b":{"B":"AAEC/w=="},"t":{"BOOL":true},"f":{"BOOL":false},"z":{"NULL":true},
              "ss":{"SS":["x","y"]},"ns":{"NS":["1","2.5"]},"bs":{"BS":["AQ==","Ag=="]},
              "l":{"L":[{"S":"one"},{"N":"2"},{"L":[]},{"M":{"deep":{"BOOL":false}}}]},"m":{"M":{"inner":{"M":{}}}}}}}]}
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var image = (await DynamoStreamEvent.ParseAsync(stream)).Records[0].NewImage!;

        Assert.Equal("t\u00e9xt", image["s"].S);
        Assert.Equal("-1.5E+3", image["n"].N);
        Assert.Equal([0, 1, 2, 255], image["b"].B.ToArray());
        Assert.Equal((true, false, true), (image["t"].BOOL!.Value, image["f"].BOOL!.Value, image["z"].NULL!.Value));
        Assert.Equal(["x", "y"], image["ss"].SS);
        Assert.Equal(["1", "2.5"], image["ns"].NS);
        Assert.Equal([[1], [2]], image["bs"].BS.Select(b => b.ToArray()));
        Assert.Equal("one", image["l"].L[0].S);
        Assert.Equal("2", image["l"].L[1].N);
        Assert.Empty(image["l"].L[2].L);
        Assert.False(image["l"].L[3].M["deep"].BOOL);
        Assert.Empty(image["m"].M["inner"].M);
    }

    [Theory]
    [InlineData("""{"records":[]}""", "no \"Records\" array")]
    [InlineData("""{"Records":[{"eventID":"1","eventName":"UPSERT","dynamodb":{"Keys":{},"SequenceNumber":"1"}}]}""", "Records[0].eventName: expected INSERT, MODIFY or REMOVE")]
    [InlineData("""{"Records":[{"eventID":"1","eventName":"INSERT","dynamodb":{"Keys":{}}}]}""", "Records[0].dynamodb.SequenceNumber: missing")]
    [InlineData("""{"Records":[{"eventID":"1","eventName":"INSERT","dynamodb":{"Keys":{},"SequenceNumber":"1","NewImage":{"lines":{"L":[{"S":"a"},{"N":"x1"}]}}}}]}""", "Records[0].dynamodb.NewImage.lines[1]: N is not a number")]
    [InlineData("""{"Records":[{},{"eventID":"1"}]}""", "Records[0].eventName: missing")]
    [InlineData("""{"Records":[{"eventID":"1","eventName":"INSERT","dynamodb":{"Keys":{"pk":{"Q":"a"}},"SequenceNumber":"1"}}]}""", "Records[0].dynamodb.Keys.pk: unknown type")]
    [InlineData("""{"Records":[""", "not valid")]
    public void A_malformed_event_names_the_record_and_path(string json, string expected)
    {
        var ex = Assert.Throws<DynamoStreamEventFormatException>(() => DynamoStreamEvent.Parse(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_syntax_error_gives_its_position_not_the_text()
    {
        var ex = Assert.Throws<DynamoStreamEventFormatException>(() => DynamoStreamEvent.Parse("{\"Records\":[{\"eventID\":Zsecret}]}"));
        Assert.Contains("not valid JSON (line 1, byte", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Z", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_is_not_repeated_in_the_error()
    {
        var ex = Assert.Throws<DynamoStreamEventFormatException>(() => DynamoStreamEvent.Parse(
            """{"Records":[{"eventID":"1","eventName":"INSERT","dynamodb":{"Keys":{},"SequenceNumber":"1","NewImage":{"card":{"N":"4111-secret"}}}}]}"""));
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NewImage.card", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_batch_response_lists_sequence_numbers_as_item_identifiers()
    {
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"2"},{"itemIdentifier":"3"}]}""", new DynamoStreamBatchResponse(["2", "3"]).ToJson());
        Assert.Equal("""{"batchItemFailures":[]}""", new DynamoStreamBatchResponse([]).ToJson());
    }
}
