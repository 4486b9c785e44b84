namespace Boto3Assist.DynamoDb;

/// <summary>A comparison operator of a condition or key condition.</summary>
public enum DynamoComparison
{
    /// <summary><c>=</c></summary>
    Equal = 0,

    /// <summary><c>&lt;&gt;</c></summary>
    NotEqual = 1,

    /// <summary><c>&lt;</c></summary>
    LessThan = 2,

    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual = 3,

    /// <summary><c>&gt;</c></summary>
    GreaterThan = 4,

    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual = 5,
}

internal static class DynamoComparisonText
{
    public static string Operator(DynamoComparison comparison) => comparison switch
    {
        DynamoComparison.Equal => "=",
        DynamoComparison.NotEqual => "<>",
        DynamoComparison.LessThan => "<",
        DynamoComparison.LessThanOrEqual => "<=",
        DynamoComparison.GreaterThan => ">",
        DynamoComparison.GreaterThanOrEqual => ">=",
        _ => throw new System.ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison."),
    };
}
