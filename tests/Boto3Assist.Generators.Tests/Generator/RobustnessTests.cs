using Boto3Assist.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// Malformed and unusual models: the generator never throws (no CS8785), reports no diagnostics, skips what it cannot
/// generate, and whatever it does generate compiles.
/// </summary>
public class RobustnessTests
{
    internal const string Usings = "using System; using System.Collections.Generic; using Boto3Assist.DynamoDb;\n";

    public static TheoryData<string, string, bool?> Cases() => new()
    {
        { "not partial", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public class A { public string Id { get; set; } = \"\"; }", false },
        { "no partition key", "[DynamoTable(\"t\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "two partition keys", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { [PartitionKey] public string Id { get; set; } = \"\"; }", false },
        { "unclosed placeholder", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "stray closing brace", "[DynamoTable(\"t\")][PartitionKey(\"P#}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "empty template", "[DynamoTable(\"t\")][PartitionKey(\"\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "empty format", "[DynamoTable(\"t\")][PartitionKey(\"{Id:}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "unknown placeholder", "[DynamoTable(\"t\")][PartitionKey(\"P#{Nope}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "placeholder of a list", "[DynamoTable(\"t\")][PartitionKey(\"P#{Ids}\")] public partial class A { public List<string> Ids { get; set; } = new(); }", false },
        { "placeholder of a nested object", "[DynamoTable(\"t\")][PartitionKey(\"P#{B}\")] public partial class A { public B B { get; set; } = new(); } public class B { public int X { get; set; } }", false },
        { "object member", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public object Any { get; set; } = new(); }", false },
        { "unsupported type deep inside", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public List<B> Bs { get; set; } = new(); } public class B { public Uri Link { get; set; } = null!; }", false },
        { "generic entity", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A<T> { public string Id { get; set; } = \"\"; public T Value { get; set; } = default!; }", false },
        { "inside a non-partial class", "public class Outer { [DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; } }", false },
        { "inside a generic partial class", "public partial class Outer<T> { [DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; } }", false },
        { "abstract entity", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public abstract partial class A { public string Id { get; set; } = \"\"; }", false },
        { "static entity", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public static partial class A { public static string Id { get; set; } = \"\"; }", false },
        { "ref struct entity", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public ref partial struct A { public string Id { get; set; } }", false },
        { "interface member", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public IDisposable D { get; set; } = null!; }", false },
        { "int-keyed dictionary", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public Dictionary<int, string> M { get; set; } = new(); }", false },
        { "set of bools", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public HashSet<bool> S { get; set; } = new(); }", false },
        { "set inside a map", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public Dictionary<string, HashSet<string>> M { get; set; } = new(); }", false },
        { "multi-dimensional array", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public int[,] Grid { get; set; } = new int[1,1]; }", false },
        { "char member", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public char C { get; set; } }", false },
        { "tuple member", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public (int, int) T { get; set; } }", false },
        { "generic nested type", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public W<int> Wrapped { get; set; } = new(); } public class W<T> { public T V { get; set; } = default!; }", false },
        { "nested type without usable constructor", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public B B { get; set; } = B.Make(); } public class B { private B() { } public static B Make() => new(); public int X { get; set; } }", false },
        { "converter of the wrong type", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [DynamoConverter(typeof(C))] public int N { get; set; } } public class C : IDynamoConverter<string> { public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(string v) => new(); public string FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue v) => \"\"; }", false },
        { "converter without parameterless constructor", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [DynamoConverter(typeof(C))] public int N { get; set; } } public class C : IDynamoConverter<int> { public C(int x) { } public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(int v) => new(); public int FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; }", false },
        { "converter on the partition key member", "[DynamoTable(\"t\")] public partial class A { [PartitionKey, DynamoConverter(typeof(C))] public int Id { get; set; } } public class C : IDynamoConverter<int> { public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(int v) => new(); public int FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; }", false },
        { "converter on the ttl member", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [Ttl, DynamoConverter(typeof(C))] public long T { get; set; } } public class C : IDynamoConverter<long> { public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(long v) => new(); public long FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; }", false },
        { "converter typeof missing type", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [DynamoConverter(typeof(Missing))] public int N { get; set; } }", false },
        { "ttl on a string", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [Ttl] public string T { get; set; } = \"\"; }", false },
        { "two ttl members", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [Ttl] public long T1 { get; set; } [Ttl] public long T2 { get; set; } }", false },
        { "version on a string", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [DynamoVersion] public string V { get; set; } = \"\"; }", false },
        { "empty table name", "[DynamoTable(\"\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "null table name", "[DynamoTable(null!)][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "table name of the wrong type", "[DynamoTable(42)][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "member named Keys", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public string Keys { get; set; } = \"\"; }", true },
        { "method named ToItem", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public string ToItem() => Id; }", false },
        { "member named DynamoWireMappers (a name the generator no longer uses)", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public string DynamoWireMappers { get; set; } = \"\"; }", true },
        { "nested type named DynamoMappers", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public class DynamoMappers { } }", false },
        { "private constructor only", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { private A() { } public string Id { get; set; } = \"\"; }", false },
        { "inside a partial class inside a generic class", "public partial class G<T> { public partial class O { [DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; } } }", false },
        { "private setter and get-only members are left out but generated", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public string S { get; private set; } = \"\"; public List<int> L { get; } = new(); }", true },
        { "ambiguous constructors", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public A(string id) { Id = id; } public A(string id, int n) { Id = id; N = n; } public A(int n, string id) { Id = id; N = n; } public string Id { get; } public int N { get; } }", false },
        { "bool member key", "[DynamoTable(\"t\")] public partial class A { [PartitionKey] public bool Flag { get; set; } }", false },
        { "duplicate index names", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")][GsiKey(\"g\", \"{Id}\")][GsiKey(\"g\", \"X{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "null index name", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")][GsiKey(null!, \"{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "two values for one attribute", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [DynamoAttribute(\"pk\")] public string Other { get; set; } = \"\"; }", false },
        { "member of an undefined type", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public Undefined U { get; set; } }", false },
        { "syntax errors", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\" public int", null },
        { "attribute on both partial declarations", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; } [DynamoTable(\"t\")] public partial class A { }", true },
        { "file-scoped namespace", "namespace N.M;\n[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", true },
        { "global namespace", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", true },
        { "inside partial classes", "namespace N { public static partial class O1 { internal partial class O2 { [DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial record A(string Id); } } }", true },
        { "self-referencing type", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public List<A> Children { get; set; } = new(); public A? Parent { get; set; } }", true },
        { "mutually recursive nested types", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; public B? B { get; set; } } public class B { public C? C { get; set; } } public class C { public B? B { get; set; } public Dictionary<string, C> More { get; set; } = new(); }", true },
        { "keyword member names", "[DynamoTable(\"t\")][PartitionKey(\"P#{Class}#{Event}\")] public partial class A { public string Class { get; set; } = \"\"; public int Event { get; set; } public string @int { get; set; } = \"\"; }", true },
        { "readonly record struct", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public readonly partial record struct A(string Id, int N);", true },
        { "record struct with member key", "[DynamoTable(\"t\")] public partial record struct A([property: PartitionKey] string Id, [property: SortKey] long N);", true },
        { "internal entity and internal nested type", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] internal partial class A { public string Id { get; set; } = \"\"; public B B { get; set; } = new(); } internal sealed class B { public int X { get; set; } }", true },
        { "constant keys only", "[DynamoTable(\"t\")][PartitionKey(\"CONFIG\")][SortKey(\"V1\")] public partial class A { public string Data { get; set; } = \"\"; }", true },
        { "template on both index keys with repeated member", "[DynamoTable(\"t\")][PartitionKey(\"{Id}\")][SortKey(\"{Id}#{Id}#{N}\")][GsiKey(\"g-1\", \"{N}\", \"{Id}#{N}\")] public partial class A { public string Id { get; set; } = \"\"; public int? N { get; set; } }", true },
        { "obsolete member", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [Obsolete(\"old\")] public int Old { get; set; } }", true },
        { "required member ignored", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public required string Id { get; set; } [DynamoIgnore] public required string Skip { get; set; } }", true },
        { "inherited members", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}#{Extra}\")] public partial class A : Base { public int Extra { get; set; } } public class Base { public string Id { get; set; } = \"\"; public virtual string Name { get; set; } = \"\"; }", true },
        { "get-only placeholder", "[DynamoTable(\"t\")][PartitionKey(\"P#{Year}\")] public partial class A { public DateTime When { get; set; } public int Year => When.Year; }", true },
        { "entity deriving from an entity", "[DynamoTable(\"t\")][PartitionKey(\"B#{Id}\")] public partial class BaseEntity { public string Id { get; set; } = \"\"; } [DynamoTable(\"t\")][PartitionKey(\"D#{Id}\")] public partial class Derived : BaseEntity { public int Extra { get; set; } }", true },
        { "nested type names that sanitise alike", "namespace A { public class B { public int X { get; set; } } } public class A_B { public int Y { get; set; } } public class Self { public int Z { get; set; } } [DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class E { public string Id { get; set; } = \"\"; public A.B? One { get; set; } public A_B? Two { get; set; } public Self? Three { get; set; } }", true },
        { "file-local entity", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] file partial class A { public string Id { get; set; } = \"\"; }", false },
        { "entity inside a file-local class", "file partial class O { [DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; } }", false },
        { "entity inside a partial interface", "public partial interface I { [DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; } }", true },
        { "LSI", "[DynamoTable(\"t\")][PartitionKey(\"{Id}\")][SortKey(\"S\")][LsiKey(\"by-date\", \"{When:yyyy}\")] public partial class A { public string Id { get; set; } = \"\"; public DateTime? When { get; set; } }", true },
        { "constant named like a member", "[DynamoTable(\"t\")][DynamoConstant(\"Id\", \"1\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "constant named like the discriminator", "[DynamoTable(\"t\")][DynamoConstant(\"_type\", \"1\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "constant declared twice", "[DynamoTable(\"t\")][DynamoConstant(\"v\", \"1\")][DynamoConstant(\"v\", \"2\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "constant with an empty name", "[DynamoTable(\"t\")][DynamoConstant(\"\", \"1\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "constant with a null value", "[DynamoTable(\"t\")][DynamoConstant(\"v\", null!)][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "undefined preset and formats", "[DynamoTable(\"t\")][DynamoConventions((DynamoConventionPreset)42, DateTimeFormat = (DynamoDateTimeFormat)9, BinaryFormat = (DynamoBinaryFormat)7)][PartitionKey(\"P#{Id}#{When}\")] public partial class A { public string Id { get; set; } = \"\"; public DateTime When { get; set; } public byte[] B { get; set; } = []; }", false },
        { "conventions with every key type", "[DynamoTable(\"t\")][DynamoConventions(DynamoConventionPreset.DynamoDbContext)][PartitionKey(\"P#{Id}#{When}#{Off}#{Flag}#{E}\")] public partial class A { public string Id { get; set; } = \"\"; public DateTime When { get; set; } public DateTimeOffset Off { get; set; } public bool Flag { get; set; } public DayOfWeek E { get; set; } }", true },
        { "schema version with its steps", "[DynamoTable(\"t\")][SchemaVersion(3, AttributeName = \"@v\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [SchemaUpgrade(2)] private static void @event(Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item) { } [SchemaUpgrade(1)] private static void S(Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item) { } }", true },
        { "schema version 0", "[DynamoTable(\"t\")][SchemaVersion(0)][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "schema step from the current version", "[DynamoTable(\"t\")][SchemaVersion(2)][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [SchemaUpgrade(2)] private static void S(Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item) { } }", false },
        { "schema step that is not static", "[DynamoTable(\"t\")][SchemaVersion(2)][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [SchemaUpgrade(1)] private void S(Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item) { } }", false },
        { "schema step without a version", "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [SchemaUpgrade(1)] private static void S(Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item) { } }", false },
        { "schema version named like the discriminator", "[DynamoTable(\"t\")][SchemaVersion(1, AttributeName = \"_type\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "schema version named like a member", "[DynamoTable(\"t\")][SchemaVersion(1, AttributeName = \"Id\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; }", false },
        { "format with quotes and backslashes", "[DynamoTable(\"t\")][PartitionKey(\"P\\\\\\\"#{When:yyyy'\\\"'MM}\")] public partial class A { public DateTime When { get; set; } }", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Never_throws_and_generates_only_what_compiles(string name, string source, bool? generates)
    {
        var output = GeneratorHarness.Run(Usings + source);

        Assert.All(output.RunResult.Results, r => Assert.Null(r.Exception));
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.DoesNotContain(output.OutputCompilation.GetDiagnostics(), d => d.Id == "CS8785");
        if (generates is not null)
        {
            Assert.True(generates == output.Sources.Count > 0, $"{name}: expected generates={generates}, got {output.Sources.Count} files");
        }

        var generatedTrees = output.RunResult.GeneratedTrees.Where(t => t.FilePath.EndsWith(".DynamoEntity.g.cs", StringComparison.Ordinal)).ToHashSet();
        var errorsInGenerated = output.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generatedTrees.Contains(tree))
            .ToList();
        Assert.True(errorsInGenerated.Count == 0, name + ":\n" + string.Join("\n", errorsInGenerated) + "\n" + string.Join("\n", output.Sources.Values));
    }

    [Fact]
    public void Keyword_member_names_become_escaped_parameters()
    {
        var output = GeneratorHarness.Run(Usings + "[DynamoTable(\"t\")][PartitionKey(\"P#{Class}#{Event}\")] public partial class A { public string Class { get; set; } = \"\"; public int Event { get; set; } }");

        Assert.Contains("PartitionKey(string @class, int @event)", output.Sources.Values.Single(), StringComparison.Ordinal);
    }
}
