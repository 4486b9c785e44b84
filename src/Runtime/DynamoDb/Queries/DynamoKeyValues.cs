using System;
using System.Globalization;
using System.IO;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Turns a <see cref="DynamoKeyValue"/> into the attribute value of the key's declared type (S, N or B), refusing one of
/// the wrong kind, one that is empty, or one longer than DynamoDB allows for a partition key (2048 bytes) or a sort key
/// (1024 bytes).
/// </summary>
internal static class DynamoKeyValues
{
    public static AttributeValue ToAttributeValue(DynamoKeyAttributeDefinition key, DynamoKeyValue value, string entity, bool isSortKey)
    {
        var attributeValue = Parse(key, value, entity);
        DynamoItemLimits.CheckQueryKeyValue(entity, key, isSortKey, attributeValue);
        return attributeValue;
    }

    private static AttributeValue Parse(DynamoKeyAttributeDefinition key, DynamoKeyValue keyValue, string entity)
    {
        if (keyValue.Kind == DynamoKeyValueKind.Binary)
        {
            return key.Type == DynamoKeyType.Binary && !keyValue.Bytes.IsEmpty
                ? new AttributeValue { B = new MemoryStream(keyValue.Bytes.ToArray()) }
                : throw new DynamoInvalidRequestException(entity, key.AttributeName, keyValue.Bytes.IsEmpty ? "a key value cannot be empty (DynamoDB refuses empty key values)." : $"expected {Expected(key.Type)}, got bytes.")
                {
                    Limit = keyValue.Bytes.IsEmpty ? DynamoLimit.EmptyKeyValue : null,
                };
        }

        if (keyValue.Kind == DynamoKeyValueKind.Number && key.Type != DynamoKeyType.Number)
        {
            throw new DynamoInvalidRequestException(entity, key.AttributeName, $"expected {Expected(key.Type)}, got a number.");
        }

        var value = keyValue.Text;
        if (string.IsNullOrEmpty(value))
        {
            throw new DynamoInvalidRequestException(entity, key.AttributeName, "a key value cannot be empty (DynamoDB refuses empty key strings).")
            {
                Limit = DynamoLimit.EmptyKeyValue,
            };
        }

        switch (key.Type)
        {
            case DynamoKeyType.Number:
                if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw new DynamoInvalidRequestException(entity, key.AttributeName, $"expected a number (the key is of type N), got {Boto3Assist.Observability.ErrorValues.Or($"'{value}'", "text that is not one (value not shown)")}.");
                }

                return new AttributeValue { N = value };
            case DynamoKeyType.Binary:
                try
                {
                    return new AttributeValue { B = new MemoryStream(Convert.FromBase64String(value)) };
                }
                catch (FormatException)
                {
                    throw new DynamoInvalidRequestException(entity, key.AttributeName, "expected base64 text (the key is of type B).");
                }

            default:
                return new AttributeValue { S = value };
        }
    }

    private static string Expected(DynamoKeyType type) => type switch
    {
        DynamoKeyType.Number => "a number (the key is of type N)",
        DynamoKeyType.Binary => "bytes (the key is of type B)",
        _ => "text (the key is of type S)",
    };
}
