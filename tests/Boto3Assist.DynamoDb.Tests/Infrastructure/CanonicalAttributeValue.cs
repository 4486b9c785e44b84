using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>A canonical text of an attribute value (sets sorted), so two values compare with one string equality.</summary>
internal static class CanonicalAttributeValue
{
    public static string Of(AttributeValue? value) => value switch
    {
        null => "(absent)",
        { S: { } s } => "S:" + s,
        { N: { } n } => "N:" + n,
        { BOOL: { } b } => "BOOL:" + b,
        { NULL: true } => "NULL",
        { B: { } bytes } => "B:" + Convert.ToHexString(bytes.ToArray()),
        { M: { } map } => "M:{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Of(p.Value))) + "}",
        { L: { } list } => "L:[" + string.Join(",", list.Select(Of)) + "]",
        { SS: { } ss } => "SS:<" + string.Join(",", ss.Order(StringComparer.Ordinal)) + ">",
        { NS: { } ns } => "NS:<" + string.Join(",", ns.Order(StringComparer.Ordinal)) + ">",
        { BS: { } bs } => "BS:<" + string.Join(",", bs.Select(b => Convert.ToHexString(b.ToArray())).Order(StringComparer.Ordinal)) + ">",
        _ => "(empty)",
    };
}
