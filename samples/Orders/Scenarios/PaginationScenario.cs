using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders.Scenarios;

/// <summary>
/// Pages for an API: each page returns its items and an opaque URL-safe continuation token; the client sends the
/// token back for the next page. A token that was altered, or that belongs to another query, is refused.
/// </summary>
public static class PaginationScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken ct)
    {
        var console = context.Console;
        console.Section("Pagination: pages with continuation tokens");
        var orders = DataAccessSetup.Create(context).Repository<Order>();
        var day = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 23; i++)
        {
            await orders.PutAsync(new Order { CustomerId = "pg1", OrderId = $"pg-{i:00}", OrderDate = day.AddDays(i) }, cancellationToken: ct);
        }

        var query = orders.Query("pg1", DynamoSortKeyCondition.BeginsWith(Order.Keys.SortKeyPrefix())) with { PageSize = 10 };
        var sizes = new List<int>();
        string? token = null;
        string? firstToken = null;
        do
        {
            var page = await orders.QueryPageAsync(query, token, ct);
            sizes.Add(page.Items.Count);
            token = page.ContinuationToken;
            firstToken ??= token;
            console.Line($"page {sizes.Count}: {page.Items.Count} orders ({page.Items.FirstOrDefault()?.OrderId} .. {page.Items.LastOrDefault()?.OrderId}), next token {(token is null ? "none" : token[..Math.Min(24, token.Length)] + "...")}");
        }
        while (token is not null);

        console.CheckEqual(23, sizes.Sum(), "every order read exactly once across the pages");
        console.Check(firstToken!.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), "tokens are URL-safe (base64url)");

        try
        {
            await orders.QueryPageAsync(query with { Descending = true }, firstToken, ct);
            console.Check(false, "a token of another query is refused");
        }
        catch (DynamoContinuationTokenException ex)
        {
            console.CheckEqual(DynamoContinuationTokenProblem.OtherQuery, ex.Problem, "a token of another query is refused, not silently restarted");
        }

        try
        {
            var altered = firstToken![..^2] + (firstToken[^2] == 'A' ? "B" : "A") + firstToken[^1];
            await orders.QueryPageAsync(query, altered, ct);
            console.Check(false, "an altered token is refused");
        }
        catch (DynamoContinuationTokenException ex)
        {
            console.Check(ex.Problem is DynamoContinuationTokenProblem.Tampered or DynamoContinuationTokenProblem.Malformed, "an altered token is refused", "Tampered", ex.Problem.ToString());
        }
    }
}
