using System.Text.Json;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// DynamoDB JSON (<c>{"S":"..."}</c>, <c>{"N":"..."}</c>, <c>{"M":{...}}</c>...) that is not valid: names the path of the
/// attribute (<c>NewImage.lines[2].sku</c>) and what was expected, never the value.
/// </summary>
internal sealed class DynamoJsonFormatException : JsonException
{
    public DynamoJsonFormatException(string path, string reason)
        : base(string.IsNullOrEmpty(path) ? reason : $"{path}: {reason}")
    {
        AttributePath = path;
        Reason = reason;
    }

    /// <summary>The attribute path, such as <c>lines[2].sku</c>; empty for the item itself.</summary>
    public string AttributePath { get; }

    /// <summary>What was wrong.</summary>
    public string Reason { get; }

    /// <summary>The same error one level up: <paramref name="segment"/> is a name (<c>lines</c>) or an index (<c>[2]</c>).</summary>
    public DynamoJsonFormatException Under(string segment)
        => new(AttributePath.Length == 0 ? segment : segment + (AttributePath[0] == '[' ? AttributePath : "." + AttributePath), Reason);
}
