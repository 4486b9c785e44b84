using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.ConverterAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class ConverterAnalyzerTests
{
    private const string Converters = """

        public sealed class MoneyConverter : IDynamoConverter<decimal>
        {
            public AttributeValue ToAttributeValue(decimal value) => new AttributeValue { N = value.ToString() };
            public decimal FromAttributeValue(AttributeValue value) => decimal.Parse(value.N);
        }
        public sealed class NoDefaultConstructor : IDynamoConverter<decimal>
        {
            public NoDefaultConstructor(int scale) { }
            public AttributeValue ToAttributeValue(decimal value) => new AttributeValue { N = value.ToString() };
            public decimal FromAttributeValue(AttributeValue value) => decimal.Parse(value.N);
        }
        public abstract class AbstractConverter : IDynamoConverter<decimal>
        {
            public abstract AttributeValue ToAttributeValue(decimal value);
            public abstract decimal FromAttributeValue(AttributeValue value);
        }
        """;

    [Fact]
    public Task Wrong_type_missing_constructor_and_abstract_converters_are_reported() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("orders")]
        public partial class Order
        {
            [PartitionKey] public string Id { get; init; } = "";
            [DynamoConverter({|B3A0010:typeof(MoneyConverter)|})] public string Price { get; init; } = "";
            [DynamoConverter({|B3A0010:typeof(NoDefaultConstructor)|})] public decimal Cost { get; init; }
            [DynamoConverter({|B3A0010:typeof(AbstractConverter)|})] public decimal Tax { get; init; }
        }
        """ + Converters);

    [Fact]
    public Task Matching_converter_is_clean_for_the_type_and_its_nullable_form() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("orders")]
        public partial class Order
        {
            [PartitionKey] public string Id { get; init; } = "";
            [DynamoConverter(typeof(MoneyConverter))] public decimal Sum { get; init; }
            [DynamoConverter(typeof(MoneyConverter))] public decimal? Maybe { get; init; }
        }
        """ + Converters);
}
