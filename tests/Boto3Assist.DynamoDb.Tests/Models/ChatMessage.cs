namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>A local secondary index: the room's messages by sender, within the room partition.</summary>
[DynamoTable("messages")]
[PartitionKey("ROOM#{RoomId}")]
[SortKey("MSG#{SentAt:O}")]
[LsiKey("lsi1", "SENDER#{Sender}#{SentAt:O}")]
public sealed partial class ChatMessage
{
    public required string RoomId { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public required string Sender { get; set; }

    public string Text { get; set; } = "";
}
