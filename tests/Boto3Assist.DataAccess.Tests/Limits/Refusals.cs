using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Limits;

/// <summary>Values built to an exact byte count, and the assertions every refusal must pass.</summary>
internal static class Refusals
{
    /// <summary>Marks every value a test builds, so a test can prove no value reached an exception message.</summary>
    public const string Secret = "SECRET";

    /// <summary>A string of exactly <paramref name="bytes"/> UTF-8 bytes, beginning with <see cref="Secret"/>.</summary>
    public static string Text(int bytes) => Secret + new string('x', bytes - Secret.Length);

    /// <summary>A string of exactly <paramref name="bytes"/> UTF-8 bytes made of two-byte characters (an odd count ends with one ASCII letter).</summary>
    public static string TwoByteText(int bytes) => Secret + new string('é', (bytes - Secret.Length) / 2) + ((bytes - Secret.Length) % 2 == 1 ? "x" : string.Empty);

    /// <summary>The item size of <paramref name="doc"/> as DynamoDB counts it, computed independently: only string attributes.</summary>
    public static int SizeOfStrings(LimitDoc doc) => doc.ToItem().Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Key) + System.Text.Encoding.UTF8.GetByteCount(a.Value.S));

    /// <summary>A document whose item is exactly <paramref name="bytes"/> bytes (owner, name and a body).</summary>
    public static LimitDoc OfSize(string owner, string name, int bytes)
    {
        var overhead = SizeOfStrings(new LimitDoc { Owner = owner, Name = name, Body = string.Empty });
        return new LimitDoc { Owner = owner, Name = name, Body = Text(bytes - overhead) };
    }

    /// <summary>The refusal names the entity, the attribute and the limit, and no value.</summary>
    public static DynamoInvalidRequestException Named(DynamoInvalidRequestException error, DynamoLimit limit, string? attribute)
    {
        Assert.Equal("LimitDoc", error.Entity);
        Assert.Equal(limit, error.Limit);
        Assert.Equal(attribute, error.AttributeName);
        Assert.Contains(
            limit switch
            {
                DynamoLimit.ItemSize => "400 KB",
                DynamoLimit.PartitionKeySize => "2,048 bytes",
                DynamoLimit.SortKeySize => "1,024 bytes",
                DynamoLimit.NestingDepth => "32 levels",
                _ => "empty",
            },
            error.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        return error;
    }
}
