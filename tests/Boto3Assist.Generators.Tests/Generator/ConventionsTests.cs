using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>[DynamoConventions] declared once for an assembly, an entity's own declaration replacing it; [DynamoConstant].</summary>
public class ConventionsTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Boto3Assist.DynamoDb;\n";

    [Fact]
    public void An_assembly_declares_the_conventions_of_every_entity_and_an_entity_replaces_them()
    {
        var output = GeneratorHarness.Run(Usings + """
            [assembly: DynamoConventions(DynamoConventionPreset.DynamoDbContext)]
            [DynamoTable("t")][PartitionKey("A#{Id}")]
            public partial class A { public string Id { get; set; } = ""; public bool Flag { get; set; } public DayOfWeek Day { get; set; } public DateTime At { get; set; } public List<DayOfWeek> Days { get; set; } = new(); }
            [DynamoTable("t")][DynamoConventions(BooleanFormat = DynamoBooleanFormat.Bool)][PartitionKey("B#{Id}")]
            public partial class B { public string Id { get; set; } = ""; public bool Flag { get; set; } public DayOfWeek Day { get; set; } public DateTime At { get; set; } }
            """).AssertCompilesCleanly();

        var a = output.Sources["A.DynamoEntity.g.cs"];
        Assert.Contains("w.BooleanNumber(1, value.Flag)", a, StringComparison.Ordinal);
        Assert.Contains("w.Integer<int>(2, (int)value.Day)", a, StringComparison.Ordinal);
        Assert.Contains("result.Day = r.EnumNumber<global::System.DayOfWeek>()", a, StringComparison.Ordinal);
        Assert.Contains("w.DateTime(3, value.At, global::Boto3Assist.DynamoDb.DynamoDateTimeFormat.UtcMilliseconds)", a, StringComparison.Ordinal);
        Assert.Contains("w1.Integer<int>((int)v1)", a, StringComparison.Ordinal); // list elements follow too

        // B's own declaration replaces the assembly's whole: this library's defaults apart from what it sets.
        var b = output.Sources["B.DynamoEntity.g.cs"];
        Assert.Contains("w.Boolean(1, value.Flag)", b, StringComparison.Ordinal);
        Assert.Contains("w.EnumName<global::System.DayOfWeek>(2, value.Day)", b, StringComparison.Ordinal);
        Assert.Contains("w.DateTime(3, value.At)", b, StringComparison.Ordinal);
    }

    [Fact]
    public void Constants_are_written_after_the_discriminator_in_declaration_order()
    {
        var output = GeneratorHarness.Run(Usings + """
            [DynamoTable("t", DiscriminatorAttribute = "__edb_e__", EntityType = "task")][DynamoConstant("__edb_v__", "1")][DynamoConstant("note", "say \"hi\"")][PartitionKey("A#{Id}")]
            public partial class A { public string Id { get; set; } = ""; }
            """).AssertCompilesCleanly();

        var a = output.Sources["A.DynamoEntity.g.cs"];
        // The attribute names by index (read first, then written only), and the writes by index, in declaration order.
        Assert.Contains("new(\"A\", 1, \"Id\", \"pk\", \"__edb_e__\", \"__edb_v__\", \"note\");", a, StringComparison.Ordinal);
        var discriminator = a.IndexOf("w.String(2, \"task\");", StringComparison.Ordinal);
        var version = a.IndexOf("w.String(3, \"1\");", StringComparison.Ordinal);
        var note = a.IndexOf("w.String(4, \"say \\\"hi\\\"\");", StringComparison.Ordinal);
        Assert.True(discriminator > 0 && version > discriminator && note > version, a);
    }
}
