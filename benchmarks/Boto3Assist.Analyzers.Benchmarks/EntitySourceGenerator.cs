using System.Text;

namespace Boto3Assist.Analyzers.Benchmarks;

/// <summary>
/// Writes the source of N entities shaped like a real single-table design: 20 tables of 10 entities each, templates
/// with several placeholders, GSIs, TTL, versions, nested types; a few bad on purpose so rules actually report.
/// </summary>
internal static class EntitySourceGenerator
{
    public static string Generate(int count)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System; using System.Collections.Generic; using Boto3Assist.DynamoDb; using Amazon.DynamoDBv2.Model;");
        sb.AppendLine("namespace Bench;");
        sb.AppendLine("public enum State { Open, Closed }");
        sb.AppendLine("public class Address { public string City { get; init; } = \"\"; public List<string> Lines { get; init; } = new(); }");
        for (var i = 0; i < count; i++)
        {
            var table = "table-" + (i % 20);
            var sortKey = i % 7 == 0 ? "E" + i + "#{Seq}" : "E" + i + "#{Created:O}#{Seq:D10}";
            sb.AppendLine($"[DynamoTable(\"{table}\")]");
            sb.AppendLine($"[PartitionKey(\"TENANT#{{TenantId}}#E{i}#{{Id}}\")]");
            sb.AppendLine($"[SortKey(\"{sortKey}\")]");
            sb.AppendLine($"[GsiKey(\"gsi{i % 5}\", \"STATE#{{State}}#{{TenantId}}\", \"{{Created:O}}\")]");
            sb.AppendLine($"public partial class Entity{i}");
            sb.AppendLine("{");
            sb.AppendLine("    public required string TenantId { get; init; }");
            sb.AppendLine("    public required Guid Id { get; init; }");
            sb.AppendLine("    public int Seq { get; init; }");
            sb.AppendLine("    public DateTime Created { get; init; }");
            sb.AppendLine("    public State State { get; init; }");
            sb.AppendLine("    public string Description { get; init; } = \"\";");
            sb.AppendLine("    public decimal Amount { get; init; }");
            sb.AppendLine("    public List<string> Tags { get; init; } = new();");
            sb.AppendLine("    public Dictionary<string, int> Counters { get; init; } = new();");
            sb.AppendLine("    public Address? Home { get; init; }");
            sb.AppendLine("    [Ttl] public DateTimeOffset? ExpiresAt { get; init; }");
            sb.AppendLine("    [DynamoVersion] public long Version { get; init; }");
            sb.AppendLine("}");
        }

        // Call sites the call-site rules inspect.
        sb.AppendLine("public static class Requests {");
        for (var i = 0; i < 20; i++)
        {
            sb.AppendLine($"  public static ScanRequest Scan{i}() => new ScanRequest {{ TableName = \"table-{i}\", FilterExpression = \"pk = :p\" }};");
            sb.AppendLine($"  public static QueryRequest Query{i}() => new QueryRequest {{ TableName = \"table-{i}\", KeyConditionExpression = \"pk = :p\", FilterExpression = \"status = :s AND #n = :n\" }};");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }
}
