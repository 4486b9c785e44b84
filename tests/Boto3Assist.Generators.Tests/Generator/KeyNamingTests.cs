using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>Key attribute names declared once ([DynamoKeyNames] on the assembly or the entity) and indexes named for access patterns.</summary>
public class KeyNamingTests
{
    private const string Usings = "using System; using Boto3Assist.DynamoDb;\n";

    [Fact]
    public void An_assembly_declares_the_key_attribute_names_of_every_entity_and_an_entity_or_key_overrides_them()
    {
        var output = GeneratorHarness.Run(Usings + """
            [assembly: DynamoKeyNames(PartitionKey = "PK", SortKey = "SK", IndexPartitionKey = "{index}PK", IndexSortKey = "{index}SK")]
            [DynamoTable("t")][PartitionKey("A#{Id}")][SortKey("A")][GsiKey("GSI1", "X#{Id}", "Y")]
            public partial class A { public string Id { get; set; } = ""; }
            [DynamoTable("t")][DynamoKeyNames(PartitionKey = "pk1")][PartitionKey("B#{Id}")][SortKey("B", AttributeName = "sortKey")]
            public partial class B { public string Id { get; set; } = ""; }
            """).AssertCompilesCleanly();

        var a = output.Sources["A.DynamoEntity.g.cs"];
        Assert.Contains("\"PK\"", a, StringComparison.Ordinal);
        Assert.Contains("\"SK\"", a, StringComparison.Ordinal);
        Assert.Contains("\"GSI1PK\"", a, StringComparison.Ordinal);
        Assert.Contains("\"GSI1SK\"", a, StringComparison.Ordinal);
        Assert.DoesNotContain("\"pk\"", a, StringComparison.Ordinal);

        // The entity's own [DynamoKeyNames] replaces the assembly's (SK falls back to the default), a key's AttributeName wins.
        var b = output.Sources["B.DynamoEntity.g.cs"];
        Assert.Contains("\"pk1\"", b, StringComparison.Ordinal);
        Assert.Contains("\"sortKey\"", b, StringComparison.Ordinal);
        Assert.DoesNotContain("\"PK\"", b, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_named_for_its_access_pattern_names_the_keys_class_and_the_query_methods()
    {
        var output = GeneratorHarness.Run(Usings + """
            namespace Tasks;
            [DynamoTable("t")][PartitionKey("TASK#{Id}")][GsiKey("gsi1pk-gsi1sk-index", "PROJECT#{Project}", "TASK#{Id}", Name = "ByProject")][GsiKey("gsi2", "EMP#{Employee}")]
            public partial class TaskItem { public string Id { get; set; } = ""; public string Project { get; set; } = ""; public string Employee { get; set; } = ""; }
            """).AssertCompilesCleanly();

        var entity = output.Sources["Tasks.TaskItem.DynamoEntity.g.cs"];
        Assert.Contains("public static class ByProject", entity, StringComparison.Ordinal);
        Assert.Contains("\"gsi1pk-gsi1sk-index\"", entity, StringComparison.Ordinal);
        var repository = output.RunResult.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == "Tasks.TaskItem.Repository.g.cs").SourceText.ToString();
        Assert.Contains("QueryByProjectAsync(", repository, StringComparison.Ordinal);
        Assert.Contains("QueryByGsi2Async(", repository, StringComparison.Ordinal);
        Assert.DoesNotContain("QueryByByProject", repository, StringComparison.Ordinal);
    }
}
