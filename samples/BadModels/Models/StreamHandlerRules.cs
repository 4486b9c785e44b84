using System.Threading;
using System.Threading.Tasks;
using Boto3Assist.DynamoDb;

namespace BadModels.Models;

[DynamoTable("stream-rules", EntityType = "Ticket")]
[PartitionKey("T#{Id}")]
public partial class Ticket
{
    public string Id { get; init; } = "";
}

[DynamoTable("stream-rules", EntityType = "Comment")]
[PartitionKey("C#{Id}")]
public partial class Comment
{
    public string Id { get; init; } = "";
}

[DynamoStreamHandler("stream-rules")] // B3A5004: Comment has no handler and is not in Ignore
public partial class TicketStreamHandler
{
    private Task OnInsertAsync(Ticket ticket, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken) => Task.CompletedTask;
}

[DynamoStreamHandler("stream-rules", Ignore = new[] { typeof(Comment) })]
public partial class MalformedStreamHandler
{
    private Task OnInsertAsync(Ticket ticket, CancellationToken cancellationToken) => Task.CompletedTask; // B3A5005: no DynamoStreamRecord

    private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken) => Task.CompletedTask;
}
