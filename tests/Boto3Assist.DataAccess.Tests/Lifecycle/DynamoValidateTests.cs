using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Lifecycle;

/// <summary>The checks the generated validation calls keep DataAnnotations' semantics at their edges.</summary>
public sealed class DynamoValidateTests
{
    private static string[] Rules(Action<DynamoValidationErrors> check)
    {
        var errors = new DynamoValidationErrors();
        check(errors);
        return errors.Errors.Select(e => e.Rule).ToArray();
    }

    [Fact]
    public void Regular_expressions_must_match_the_whole_value_and_pass_empty_values()
    {
        Assert.Empty(Rules(e => DynamoValidate.RegularExpression(e, "C", "GB", "[A-Z]{2}")));
        Assert.Equal(["RegularExpression"], Rules(e => DynamoValidate.RegularExpression(e, "C", "GBR", "[A-Z]{2}")));
        Assert.Equal(["RegularExpression"], Rules(e => DynamoValidate.RegularExpression(e, "C", "xGB", "[A-Z]{2}")));
        Assert.Empty(Rules(e => DynamoValidate.RegularExpression(e, "C", string.Empty, "[A-Z]{2}")));
        Assert.Empty(Rules(e => DynamoValidate.RegularExpression(e, "C", null, "[A-Z]{2}")));
    }

    [Fact]
    public void Required_refuses_white_space_unless_empty_strings_are_allowed()
    {
        Assert.Equal(["Required"], Rules(e => DynamoValidate.Required(e, "N", " ")));
        Assert.Empty(Rules(e => DynamoValidate.Required(e, "N", " ", allowEmptyStrings: true)));
        Assert.Equal(["Required"], Rules(e => DynamoValidate.Required(e, "N", (string?)null, allowEmptyStrings: true)));
        Assert.Equal(["Required"], Rules(e => DynamoValidate.Required(e, "N", (object?)null)));
    }

    [Fact]
    public void Ranges_honour_exclusive_bounds_and_refuse_nan()
    {
        Assert.Empty(Rules(e => DynamoValidate.RangeInteger(e, "A", 10, 1, 10)));
        Assert.Equal(["Range"], Rules(e => DynamoValidate.RangeInteger(e, "A", 10, 1, 10, maximumIsExclusive: true)));
        Assert.Equal(["Range"], Rules(e => DynamoValidate.RangeDouble(e, "S", double.NaN, 0, 1)));
        Assert.Equal(["Range"], Rules(e => DynamoValidate.RangeDouble(e, "S", 0, 0, 1, minimumIsExclusive: true)));
        Assert.Empty(Rules(e => DynamoValidate.RangeDecimal(e, "D", null, 1m, 2m)));
        var errors = new DynamoValidationErrors();
        DynamoValidate.RangeDouble(errors, "S", 0, 0, 1, minimumIsExclusive: true);
        Assert.Equal("The field S must be between 0 exclusive and 1 inclusive.", errors.Errors[0].Message);
    }

    [Fact]
    public void Lengths_count_characters_or_elements_and_max_length_minus_one_is_unbounded()
    {
        Assert.Equal(["MaxLength"], Rules(e => DynamoValidate.MaxLength(e, "T", new[] { 1, 2, 3 }, 2)));
        Assert.Empty(Rules(e => DynamoValidate.MaxLength(e, "T", new string('x', 10_000), -1)));
        Assert.Equal(["MinLength"], Rules(e => DynamoValidate.MinLength(e, "T", new HashSet<int>(), 1)));
        Assert.Equal(["Length"], Rules(e => DynamoValidate.Length(e, "T", Enumerable.Range(0, 5), 1, 4)));
    }

    [Fact]
    public void Scopes_build_member_paths()
    {
        var errors = new DynamoValidationErrors();
        errors.Member("Address").Element("Lines", 2).Add("Sku", "is required.");
        errors.Member("Address").Add(string.Empty, "is incomplete.");
        Assert.Equal(["Address.Lines[2].Sku", "Address"], errors.Errors.Select(e => e.MemberPath).ToArray());
        Assert.Equal("Custom", errors.Errors[0].Rule);
    }
}
