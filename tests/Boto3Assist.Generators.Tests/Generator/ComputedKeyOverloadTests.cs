using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// A key member computed from stored members gets get/delete overloads and <c>PrimaryKeyOf</c> that take those members;
/// a computed member whose expression a static helper cannot recompute keeps asking for its value.
/// </summary>
public class ComputedKeyOverloadTests
{
    private static IReadOnlyList<string> Hints(GeneratorOutput output) => output.RunResult.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList();

    private static string Source(GeneratorOutput output, string suffix) => output.RunResult.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(suffix, StringComparison.Ordinal)).SourceText.ToString();

    // Long signatures are written one parameter per line, and the entity by its simple name or fully qualified; the
    // assertions read each signature as one line with the entity's simple name.
    private static string OneLineSignatures(string source)
        => System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(source, @"\(\n\s+", "("), @",\n\s+", ", ")
            .Replace("global::Shop.Order", "Order", StringComparison.Ordinal);

    [Fact]
    public void Overloads_beside_the_computed_value_form_when_their_types_differ()
    {
        var output = GeneratorHarness.Run("""
            using Boto3Assist.DynamoDb;
            namespace Shop;
            [DynamoTable("shop")]
            [PartitionKey("BUCKET#{Bucket}")]
            [SortKey("ORDER#{OrderId}")]
            public partial class Order
            {
                private const int Buckets = 16;
                public string OrderId { get; set; } = "";
                public int Shard { get; set; }
                public string Bucket
                {
                    get { return "B" + (this.Shard % Buckets).ToString(System.Globalization.CultureInfo.InvariantCulture); }
                }
            }

            public static class Probe
            {
                public static string Run() => string.Join("|", Order.PrimaryKeyOf(19, "o1")["pk"].S, new Order { Shard = 19, OrderId = "o1" }.ToKey()["pk"].S);
            }
            """).AssertCompilesCleanly();

        var repository = OneLineSignatures(Source(output, "Order.Repository.g.cs"));
        Assert.Contains("GetAsync(this global::Boto3Assist.DynamoDb.IDynamoRepository<Order> repository, string bucket, string orderId,", repository, StringComparison.Ordinal);
        Assert.Contains("GetAsync(this global::Boto3Assist.DynamoDb.IDynamoRepository<Order> repository, int shard, string orderId,", repository, StringComparison.Ordinal);
        Assert.Contains("internal static string DynamoComputeBucket(int shard)", Source(output, "Order.ComputedKeys.g.cs"), StringComparison.Ordinal);
        var run = GeneratorHarness.Load(output).GetType("Shop.Probe")!.GetMethod("Run")!;
        Assert.Equal("BUCKET#B3|BUCKET#B3", (string)run.Invoke(null, null)!);
    }

    [Theory]
    [InlineData("public string Bucket => Describe();\n public string Describe() => \"B\" + Shard;")]             // an instance method
    [InlineData("public string Bucket => Half;\n public string Half => \"H\" + Shard;")]                         // another computed member
    [InlineData("public string Bucket => new[] { Shard }.Select(s => \"B\" + s).First();")]                     // a lambda could shadow names
    [InlineData("public string Bucket { get; set; } = \"\";")]                                                  // stored: not computed
    public void No_overload_when_the_expression_cannot_be_recomputed(string bucket)
    {
        var output = GeneratorHarness.Run("""
            using System.Linq;
            using Boto3Assist.DynamoDb;
            namespace Shop;
            [DynamoTable("shop")]
            [PartitionKey("BUCKET#{Bucket}")]
            public partial class Order
            {
                public int Shard { get; set; }
            """ + bucket + "\n}\n").AssertCompilesCleanly();

        Assert.DoesNotContain(Hints(output), h => h.EndsWith(".ComputedKeys.g.cs", StringComparison.Ordinal));
        Assert.Contains("GetAsync(this global::Boto3Assist.DynamoDb.IDynamoRepository<Order> repository, string bucket,", OneLineSignatures(Source(output, "Order.Repository.g.cs")), StringComparison.Ordinal);
    }
}
