using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// An entity has one mapping: one reader and one writer per type, which ToItem, FromItem, WriteItemJson and
/// FromItemJson all go through (the dictionary and the JSON forms of an item cannot disagree), and no second file.
/// </summary>
public class OneMappingTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Boto3Assist.DynamoDb;\n";

    [Fact]
    public void Every_form_of_an_item_goes_through_the_one_reader_and_writer_of_each_type()
    {
        var output = GeneratorHarness.Run(Usings + """
            [DynamoTable("t")][PartitionKey("A#{Id}")]
            public partial class A { public string Id { get; set; } = ""; public B Nested { get; set; } = new(); public List<B> Many { get; set; } = new(); }
            public class B { public int X { get; set; } }
            """).AssertCompilesCleanly();

        var hintNames = output.RunResult.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList();
        Assert.DoesNotContain(hintNames, h => h.Contains("DynamoWire", StringComparison.Ordinal));

        var a = output.Sources["A.DynamoEntity.g.cs"];
        Assert.Contains("DynamoItemWriter.ToItem<A>(this, DynamoMappers.Names_Self, DynamoMappers.Write_Self);", a, StringComparison.Ordinal);
        Assert.Contains("DynamoItemWriter.ToJson<A>(writer, this, DynamoMappers.Names_Self, DynamoMappers.Write_Self);", a, StringComparison.Ordinal);
        Assert.Contains("DynamoItemReader.FromItem<A>(item, DynamoMappers.Names_Self, DynamoMappers.Read_Self);", a, StringComparison.Ordinal);
        Assert.Contains("DynamoItemReader.FromJson<A>(ref reader, DynamoMappers.Names_Self, DynamoMappers.Read_Self);", a, StringComparison.Ordinal);

        // One reader and one writer per type, the nested type's shared by the member and the list elements.
        Assert.Equal(1, Occurrences(a, "internal static A Read_Self(ref DynamoItemReader r)"));
        Assert.Equal(1, Occurrences(a, "internal static void Write_Self(ref DynamoItemWriter w, A value)"));
        Assert.Equal(1, Occurrences(a, " Read_B(ref DynamoItemReader r)"));
        Assert.Equal(1, Occurrences(a, "internal static void Write_B(ref DynamoItemWriter w, "));
        Assert.Equal(1, Occurrences(a, "DynamoAttributeNames Names_B = new(\"B\", 1, \"X\");"));
        Assert.Contains("r1.Object<global::B>(DynamoMappers.Names_B, DynamoMappers.Read_B)", a, StringComparison.Ordinal);
        Assert.Contains("w1.Object<global::B>(v1!, DynamoMappers.Names_B, DynamoMappers.Write_B)", a, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
