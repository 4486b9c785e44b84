using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.MemberTypeAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class MemberTypeAnalyzerTests
{
    [Fact]
    public Task Unsupported_member_types_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        public partial class Order
        {
            [PartitionKey] public string Id { get; init; } = "";
            public object {|B3A0007:Payload|} { get; init; } = new();
            public Dictionary<int, string> {|B3A0007:ByNumber|} { get; init; } = new();
            public List<Line> {|B3A0007:Lines|} { get; init; } = new();
            public char {|B3A0007:Grade|} { get; init; }
        }
        public class Line { public IntPtr Handle { get; init; } }
        """);

    [Fact]
    public Task Supported_ignored_and_converted_members_are_clean() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("orders")]
        public partial class Order
        {
            [PartitionKey] public string Id { get; init; } = "";
            public List<string> Tags { get; init; } = new();
            public HashSet<int> Codes { get; init; } = new();
            public Dictionary<string, decimal> Prices { get; init; } = new();
            public Address? Home { get; init; }
            public byte[]? Blob { get; init; }
            public DateOnly Day2 { get; init; }
            [DynamoIgnore] public object Ignored { get; init; } = new();
            [DynamoConverter(typeof(ObjectConverter))] public object Converted { get; init; } = new();
            public object GetOnly => Id;
        }
        public class Address { public string City { get; init; } = ""; }
        public sealed class ObjectConverter : IDynamoConverter<object>
        {
            public AttributeValue ToAttributeValue(object value) => new AttributeValue { S = value.ToString() };
            public object FromAttributeValue(AttributeValue value) => value.S;
        }
        """);

    [Fact]
    public Task Recursive_nested_type_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        public partial class Order
        {
            [PartitionKey] public string Id { get; init; } = "";
            public Node? {|B3A0008:Tree|} { get; init; }
        }
        public class Node { public string Label { get; init; } = ""; public List<Node> Children { get; init; } = new(); }
        """);

    [Fact]
    public Task Nesting_deeper_than_the_configured_depth_is_reported()
    {
        const string source = """
            [DynamoTable("orders")]
            public partial class Order
            {
                [PartitionKey] public string Id { get; init; } = "";
                public Address? {|B3A0008:Home|} { get; init; }
                public List<string> Shallow { get; init; } = new();
            }
            public class Address { public Geo? Where { get; init; } }
            public class Geo { public List<string> Tags { get; init; } = new(); }
            """;
        return Verify.VerifyAsync(source, "boto3assist.max_nesting_depth = 2");
    }
}
