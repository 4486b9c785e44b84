using Boto3Assist.Generators.Tests.Infrastructure;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators.Tests.Shared;

/// <summary>The classifier shared with the analyzers: what maps, how, and why not.</summary>
public class MemberTypeClassifierTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using Boto3Assist.DynamoDb;
        public enum E : short { A }
        public class Nested { public int X { get; set; } public Uri? Link { get; set; } }
        public class Good { public string S { get; set; } = ""; public List<Good> Children { get; set; } = new(); }
        public record Positional(string Name, int Age);
        public class NoCtor { private NoCtor() { } public int X { get; set; } }
        public class C : IDynamoConverter<int> { public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(int v) => new(); public int FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; }
        public class Holder
        {
            public string? S { get; set; }
            public int? NI { get; set; }
            public ulong U { get; set; }
            public E En { get; set; }
            public byte[] Bytes { get; set; } = null!;
            public ReadOnlyMemory<byte> Mem { get; set; }
            public IReadOnlyList<string?> L { get; set; } = null!;
            public ISet<decimal> Set { get; set; } = null!;
            public IReadOnlyDictionary<string, Good> Map { get; set; } = null!;
            public Good Obj { get; set; } = null!;
            public Positional Pos { get; set; } = null!;
            public object O { get; set; } = null!;
            public Uri Link { get; set; } = null!;
            public HashSet<bool> BoolSet { get; set; } = null!;
            public Dictionary<int, string> IntKeys { get; set; } = null!;
            public List<HashSet<string>> SetInList { get; set; } = null!;
            public List<Nested> DeepBad { get; set; } = null!;
            public NoCtor NoCtor { get; set; } = null!;
            public int[,] Grid { get; set; } = null!;
            public DateTime? Ttl1 { get; set; }
            public long Ttl2 { get; set; }
            public string Ttl3 { get; set; } = "";
        }
        """;

    private static readonly Lazy<INamedTypeSymbol> Holder = new(() =>
        GeneratorHarness.CreateCompilation(Source).GetTypeByMetadataName("Holder")!);

    private static ITypeSymbol TypeOf(string member) => ((IPropertySymbol)Holder.Value.GetMembers(member).Single()).Type;

    [Theory]
    [InlineData("S", "String", true)]
    [InlineData("NI", "Number", true)]
    [InlineData("U", "Number", false)]
    [InlineData("En", "Enum", false)]
    [InlineData("Bytes", "Binary", false)]
    [InlineData("Mem", "Binary", false)]
    [InlineData("L", "List", false)]
    [InlineData("Set", "Set", false)]
    [InlineData("Map", "Map", false)]
    [InlineData("Obj", "Object", false)]
    [InlineData("Pos", "Object", false)]
    public void Supported_types_get_their_kind(string member, string kind, bool nullable)
    {
        var c = MemberTypeClassifier.Classify(TypeOf(member));

        Assert.Equal(kind, c.Kind.ToString());
        Assert.Equal(nullable, c.IsNullable);
        Assert.Null(c.UnsupportedReason);
        Assert.Null(MemberTypeClassifier.FindUnsupportedReason(TypeOf(member)));
    }

    [Fact]
    public void Details_number_types_elements_and_key_types()
    {
        Assert.Equal(NumberType.Int16, MemberTypeClassifier.Classify(TypeOf("En")).Number);
        Assert.Equal(NumberType.UInt64, MemberTypeClassifier.Classify(TypeOf("U")).Number);
        Assert.True(MemberTypeClassifier.Classify(TypeOf("NI")).IsNullableValueType);
        Assert.Equal(BinaryType.ReadOnlyMemory, MemberTypeClassifier.Classify(TypeOf("Mem")).Binary);
        var list = MemberTypeClassifier.Classify(TypeOf("L"));
        Assert.Equal(CollectionShape.IReadOnlyList, list.Shape);
        Assert.True(list.Element!.IsNullable);
        Assert.Equal(NumberType.Decimal, MemberTypeClassifier.Classify(TypeOf("Set")).Element!.Number);
        Assert.Equal("S", MemberTypeClassifier.Classify(TypeOf("En")).KeyAttributeType(enumAsNumber: false));
        Assert.Equal("N", MemberTypeClassifier.Classify(TypeOf("En")).KeyAttributeType(enumAsNumber: true));
        Assert.Equal("B", MemberTypeClassifier.Classify(TypeOf("Bytes")).KeyAttributeType(false));
        Assert.Null(MemberTypeClassifier.Classify(TypeOf("L")).KeyAttributeType(false));
        Assert.True(MemberTypeClassifier.Classify(TypeOf("En")).IsKeyPlaceholderType);
        Assert.False(MemberTypeClassifier.Classify(TypeOf("Bytes")).IsKeyPlaceholderType);
    }

    [Theory]
    [InlineData("O", "object")]
    [InlineData("Link", "converter")]
    [InlineData("BoolSet", "sets hold strings, numbers or byte arrays")]
    [InlineData("IntKeys", "map keys must be strings")]
    [InlineData("SetInList", "inside a list or map")]
    [InlineData("NoCtor", "no usable constructor")]
    [InlineData("Grid", "multi-dimensional")]
    public void Unsupported_types_say_why(string member, string reason)
    {
        var c = MemberTypeClassifier.Classify(TypeOf(member));

        Assert.False(c.IsSupported);
        Assert.Contains(reason, c.UnsupportedReason, StringComparison.Ordinal);
        Assert.Contains(reason, MemberTypeClassifier.FindUnsupportedReason(TypeOf(member)), StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_types_deep_inside_nested_types_are_found_with_their_path()
    {
        Assert.Equal(MemberMappingKind.List, MemberTypeClassifier.Classify(TypeOf("DeepBad")).Kind);
        var reason = MemberTypeClassifier.FindUnsupportedReason(TypeOf("DeepBad"));

        Assert.StartsWith("[].Link: ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ttl_version_and_converter_rules()
    {
        Assert.True(MemberTypeClassifier.IsTtlType(TypeOf("Ttl1")));
        Assert.True(MemberTypeClassifier.IsTtlType(TypeOf("Ttl2")));
        Assert.False(MemberTypeClassifier.IsTtlType(TypeOf("Ttl3")));
        Assert.True(MemberTypeClassifier.IsVersionType(TypeOf("Ttl2")));
        Assert.False(MemberTypeClassifier.IsVersionType(TypeOf("Ttl1")));

        var compilation = Holder.Value.ContainingAssembly;
        var converter = (INamedTypeSymbol)compilation.GetTypeByMetadataName("C")!;
        Assert.True(MemberTypeClassifier.IsConverterFor(converter, TypeOf("NI"), out _));
        Assert.False(MemberTypeClassifier.IsConverterFor(converter, TypeOf("S"), out var reason));
        Assert.Contains("IDynamoConverter<string>", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapped_members_and_constructors()
    {
        var assembly = Holder.Value.ContainingAssembly;
        var positional = assembly.GetTypeByMetadataName("Positional")!;

        var constructor = MappedMemberSelector.FindConstructor(positional);
        var members = MappedMemberSelector.Select(positional);

        Assert.Equal(2, constructor!.Parameters.Length);
        Assert.Equal(new[] { "Name", "Age" }, members.Select(m => m.Name));
        Assert.All(members, m => Assert.NotNull(m.ConstructorParameter));
        Assert.Null(MappedMemberSelector.FindConstructor(assembly.GetTypeByMetadataName("NoCtor")!));
    }
}

public class AttributeNamingTests
{
    [Theory]
    [InlineData("OrderId", "orderId", "order_id")]
    [InlineData("URLValue", "urlValue", "url_value")]
    [InlineData("HTTPStatus", "httpStatus", "http_status")]
    [InlineData("Id", "id", "id")]
    [InlineData("ID", "id", "id")]
    [InlineData("Line2Sku", "line2Sku", "line2_sku")]
    [InlineData("already_snake", "already_snake", "already_snake")]
    [InlineData("x", "x", "x")]
    public void Naming_policies(string member, string camel, string snake)
    {
        Assert.Equal(member, AttributeNaming.Apply(Boto3Assist.Shared.Declarations.DynamoNamingPolicy.AsIs, member));
        Assert.Equal(camel, AttributeNaming.Apply(Boto3Assist.Shared.Declarations.DynamoNamingPolicy.CamelCase, member));
        Assert.Equal(snake, AttributeNaming.Apply(Boto3Assist.Shared.Declarations.DynamoNamingPolicy.SnakeCase, member));
    }

    [Theory]
    [InlineData("gsi1", "Gsi1")]
    [InlineData("by-status", "ByStatus")]
    [InlineData("by_customer.total", "ByCustomerTotal")]
    [InlineData("1st", "Index1st")]
    [InlineData("GSI1", "GSI1")]
    public void Index_class_names(string index, string className)
    {
        Assert.Equal(className, AttributeNaming.ToPascalIdentifier(index));
    }
}
