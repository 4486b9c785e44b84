using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ComputedMembers;

/// <summary>The state of a <see cref="SupportTicket"/>.</summary>
public enum TicketState
{
    Open,
    Closed,
}

/// <summary>
/// A support ticket with the computed members of docs/computed-members.md: a stored search field, a TTL computed from
/// the closing time, a sparse index over open tickets fed by a computed key member, and a computed member never stored.
/// </summary>
[DynamoTable("tickets", EntityType = "Ticket")]
[PartitionKey("TICKET#{TicketId}")]
[SortKey("TICKET")]
[GsiKey("gsi1", "OPEN#{Queue}", "{OpenSince}")]
public sealed partial record SupportTicket
{
    public required string TicketId { get; init; }

    public required string Queue { get; init; }

    public required string Title { get; init; }

    public required TicketState State { get; init; }

    public required DateTime OpenedAt { get; init; }

    public DateTime? ClosedAt { get; init; }

    /// <summary>Stored for begins_with searches; recomputed from <see cref="Title"/> on read.</summary>
    [DynamoAttribute("title_search")]
    public string TitleSearch => Title.ToLowerInvariant();

    /// <summary>Stored as the TTL: 30 days after closing; absent (never expires) while open.</summary>
    [Ttl]
    public DateTime? ExpiresAt => ClosedAt?.AddDays(30);

    /// <summary>The open index's sort key: null once closed, so a closed ticket leaves the index (sparse).</summary>
    public string? OpenSince => State == TicketState.Open ? OpenedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Computed and never stored (no [DynamoAttribute]).</summary>
    public int TitleLength => Title.Length;
}
