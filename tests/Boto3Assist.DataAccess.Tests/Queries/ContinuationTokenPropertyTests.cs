using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using FsCheck;
using FsCheck.Xunit;

namespace Boto3Assist.DataAccess.Tests;

/// <summary>The continuation token codec on arbitrary keys: a token round-trips, and no changed byte is ever accepted.</summary>
public sealed class ContinuationTokenPropertyTests
{
    private static readonly string[] KeyAttributes = ["pk", "sk", "n"];

    private static Dictionary<string, AttributeValue> Key(NonEmptyString pk, NonEmptyString sk, long n) => new()
    {
        ["pk"] = new AttributeValue { S = pk.Get },
        ["sk"] = new AttributeValue { S = sk.Get },
        ["n"] = new AttributeValue { N = n.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static byte[] Shape(string filter) => DynamoContinuationTokenCodec.Shape("Query", "t", null, "#n0 = :v0", filter, null, true, null, null);

    [Property(MaxTest = 300)]
    public bool A_token_round_trips(NonEmptyString pk, NonEmptyString sk, long n, bool signed)
    {
        var codec = new DynamoContinuationTokenCodec(signed ? [7, 7, 7] : null);
        var key = Key(pk, sk, n);
        var token = codec.Encode(Shape("f"), key);
        var back = codec.Decode(token, Shape("f"), KeyAttributes);
        return token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            && back["pk"].S == Utf8(pk.Get) && back["sk"].S == Utf8(sk.Get) && back["n"].N == key["n"].N;
    }

    [Property(MaxTest = 500)]
    public bool No_changed_byte_is_accepted(NonEmptyString pk, NonEmptyString sk, long n, PositiveInt position, byte flip)
    {
        var codec = new DynamoContinuationTokenCodec(null);
        var bytes = FromBase64Url(codec.Encode(Shape("f"), Key(pk, sk, n)));
        var index = position.Get % bytes.Length;
        var mask = (byte)(flip == 0 ? 1 : flip);
        bytes[index] ^= mask;
        var tampered = Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        try
        {
            codec.Decode(tampered, Shape("f"), KeyAttributes);
            return false;
        }
        catch (DynamoContinuationTokenException)
        {
            return true;
        }
    }

    [Property(MaxTest = 200)]
    public bool A_token_of_another_query_shape_is_refused(NonEmptyString pk, NonEmptyString sk, long n)
    {
        var codec = new DynamoContinuationTokenCodec(null);
        var token = codec.Encode(Shape("f"), Key(pk, sk, n));
        try
        {
            codec.Decode(token, Shape("g"), KeyAttributes);
            return false;
        }
        catch (DynamoContinuationTokenException e)
        {
            return e.Problem == DynamoContinuationTokenProblem.OtherQuery;
        }
    }

    /// <summary>What a string is as UTF-8 (a lone surrogate becomes U+FFFD), the form DynamoDB stores too.</summary>
    private static string Utf8(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    private static byte[] FromBase64Url(string token)
    {
        var text = token.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text + new string('=', (4 - (text.Length % 4)) % 4));
    }
}
