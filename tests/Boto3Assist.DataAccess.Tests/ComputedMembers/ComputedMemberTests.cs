using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ComputedMembers;

/// <summary>
/// Computed members (docs/computed-members.md) against DynamoDB Local, on the transport of the run: a get-only
/// property with [DynamoAttribute] or [Ttl] is stored from its getter and never read back; a computed key member makes
/// a sparse index; a computed member without those attributes is not stored.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class ComputedMemberTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Opened = new(2026, 3, 1, 8, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Closed = new(2026, 3, 4, 12, 0, 0, DateTimeKind.Utc);

    private DynamoDataContext _context = null!;
    private DynamoRepository<SupportTicket> _tickets = null!;
    private string _table = null!;

    public async Task InitializeAsync()
    {
        _context = await fixture.CreateContextAsync("computed");
        _table = _context.TableNames.For<SupportTicket>();
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, SupportTicket.Metadata.Table, _table);
        _tickets = _context.Repository<SupportTicket>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static SupportTicket Ticket(string id, TicketState state, string title = "Printer On Fire") => new()
    {
        TicketId = id,
        Queue = "hardware",
        Title = title,
        State = state,
        OpenedAt = Opened,
        ClosedAt = state == TicketState.Closed ? Closed : null,
    };

    [Fact]
    public void ToItem_stores_the_computed_members_that_ask_for_it_and_no_other()
    {
        var item = Ticket("t1", TicketState.Closed).ToItem();

        Assert.Equal("printer on fire", item["title_search"].S);
        Assert.Equal(new DateTimeOffset(Closed.AddDays(30)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), item["ExpiresAt"].N);
        Assert.False(item.ContainsKey("TitleLength"));
        Assert.False(item.ContainsKey("OpenSince"));
        Assert.False(item.ContainsKey("gsi1_pk")); // closed: out of the sparse index
        Assert.Equal("ExpiresAt", SupportTicket.Metadata.Table.TimeToLiveAttribute);
    }

    [Fact]
    public void An_open_ticket_has_no_ttl_and_is_in_the_sparse_index()
    {
        var item = Ticket("t2", TicketState.Open).ToItem();

        Assert.False(item.ContainsKey("ExpiresAt"));
        Assert.Equal("OPEN#hardware", item["gsi1_pk"].S);
        Assert.Equal("2026-03-01T08:30:00Z", item["gsi1_sk"].S);
    }

    [Fact]
    public void The_json_writer_and_reader_agree_with_ToItem_and_FromItem()
    {
        var ticket = Ticket("t3", TicketState.Closed);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ticket.WriteItemJson(writer);
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.Contains("\"title_search\":{\"S\":\"printer on fire\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"ExpiresAt\":{\"N\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("TitleLength", json, StringComparison.Ordinal);

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        Assert.True(reader.Read());
        Assert.Equal(ticket, SupportTicket.FromItemJson(ref reader));
    }

    [Fact]
    public void A_stored_computed_value_is_not_read_back_the_getter_recomputes_it()
    {
        // Another client (or older code) stored a stale search field and expiry: the model's getters win.
        var item = Ticket("t4", TicketState.Open, "Mouse").ToItem();
        item["title_search"] = new AttributeValue { S = "stale" };
        item["ExpiresAt"] = new AttributeValue { N = "1" };

        var read = SupportTicket.FromItem(item);

        Assert.Equal("mouse", read.TitleSearch);
        Assert.Null(read.ExpiresAt);
    }

    [Fact]
    public async Task Stored_and_queried_against_the_server_the_sparse_index_holds_only_open_tickets()
    {
        await _tickets.PutAsync(Ticket("open-1", TicketState.Open, "Keyboard"));
        await _tickets.PutAsync(Ticket("open-2", TicketState.Open, "Screen"));
        await _tickets.PutAsync(Ticket("closed-1", TicketState.Closed, "Cable"));

        var stored = (await fixture.Client.GetItemAsync(_table, SupportTicket.Keys.PrimaryKey("closed-1"))).Item;
        Assert.Equal("cable", stored["title_search"].S);
        Assert.Equal(new DateTimeOffset(Closed.AddDays(30)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), stored["ExpiresAt"].N);
        Assert.False(stored.ContainsKey("TitleLength"));

        var open = new List<string>();
        await foreach (var ticket in _tickets.QueryAsync(new DynamoQuery<SupportTicket>(SupportTicket.Keys.Gsi1.PartitionKey("hardware")) { IndexName = SupportTicket.Keys.Gsi1.IndexName }))
        {
            open.Add(ticket.TicketId);
        }

        Assert.Equal(["open-1", "open-2"], open.Order());

        var read = await _tickets.GetAsync(SupportTicket.Keys.PrimaryKey("closed-1"), consistentRead: true);
        Assert.Equal(Ticket("closed-1", TicketState.Closed, "Cable"), read);
        Assert.Equal(5, read!.TitleLength);
    }

    [Fact]
    public async Task A_filter_on_the_stored_search_field_finds_by_prefix()
    {
        await _tickets.PutAsync(Ticket("search-1", TicketState.Open, "Printer jam"));
        await _tickets.PutAsync(Ticket("search-2", TicketState.Open, "Scanner"));

        var found = new List<string>();
        await foreach (var ticket in _tickets.QueryAsync(new DynamoQuery<SupportTicket>(SupportTicket.Keys.Gsi1.PartitionKey("hardware"))
        {
            IndexName = SupportTicket.Keys.Gsi1.IndexName,
            Filter = SupportTicket.Fields.TitleSearch.BeginsWith("printer"),
        }))
        {
            found.Add(ticket.TicketId);
        }

        Assert.Contains("search-1", found);
        Assert.DoesNotContain("search-2", found);
    }

    [Fact]
    public async Task Updates_write_the_computed_copies_from_the_model()
    {
        await _tickets.PutAsync(Ticket("update-1", TicketState.Open, "Old Title"));

        // A partial update names the computed member beside the member it is computed from.
        await _tickets.UpdateAsync(Ticket("update-1", TicketState.Open, "New Title"), ["Title", "TitleSearch"]);
        var stored = (await fixture.Client.GetItemAsync(_table, SupportTicket.Keys.PrimaryKey("update-1"), consistentRead: true)).Item;
        Assert.Equal("New Title", stored["Title"].S);
        Assert.Equal("new title", stored["title_search"].S);

        // A model update of all members closes the ticket: the computed TTL appears, the sparse index keys go.
        await _tickets.UpdateAsync(Ticket("update-1", TicketState.Closed, "New Title"));
        stored = (await fixture.Client.GetItemAsync(_table, SupportTicket.Keys.PrimaryKey("update-1"), consistentRead: true)).Item;
        Assert.Equal(new DateTimeOffset(Closed.AddDays(30)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), stored["ExpiresAt"].N);
        Assert.False(stored.ContainsKey("gsi1_pk"));
        Assert.False(stored.ContainsKey("TitleLength"));
    }
}
