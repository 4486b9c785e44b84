using System;
using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Turns an error answer of DynamoDB (<c>{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",
/// "message":"..."}</c> and an HTTP status) into the exception the SDK client throws for it: the same type, with
/// <see cref="AmazonServiceException.ErrorCode"/>, <see cref="AmazonServiceException.StatusCode"/>,
/// <see cref="AmazonServiceException.ErrorType"/> and the request id set, and the item of a failed condition
/// (<c>ReturnValuesOnConditionCheckFailure</c>) or the reasons of a cancelled transaction carried over. So the retry
/// policy, the translations to the runtime's own exceptions and the telemetry see no difference between transports.
/// </summary>
internal static class DynamoErrorResponse
{
    /// <summary>The SDK's message for an error answer it cannot read.</summary>
    private const string NoErrorMessage = "The service returned an error. See inner exception for details.";

    /// <summary>The exception for an error answer.</summary>
    public static AmazonDynamoDBException Map(HttpStatusCode status, ReadOnlySpan<byte> body, string? requestId)
    {
        string? code = null;
        string? message = null;
        Dictionary<string, AttributeValue>? item = null;
        List<CancellationReason>? reasons = null;
        try
        {
            Read(body, ref code, ref message, ref item, ref reasons);
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, a truncated body), or not the expected shape (DynamoJsonFormatException is
            // a JsonException): the status alone says what happened.
        }

        // An answer that names no error (a load balancer's page, an empty body) is judged by its status alone, as the
        // SDK does: a plain AmazonDynamoDBException without an error code (a 5xx one is still retried).
        message ??= string.Empty;
        // The SDK's JSON protocol leaves the error type unknown (DynamoDB does not say whose fault it is): so do we.
        var type = ErrorType.Unknown;
        if (code is null)
        {
            return new AmazonDynamoDBException(NoErrorMessage, type, code, requestId, status);
        }

        return code switch
        {
            "ConditionalCheckFailedException" => new ConditionalCheckFailedException(message, type, code, requestId, status) { Item = item },
            "TransactionCanceledException" => new TransactionCanceledException(message, type, code, requestId, status) { CancellationReasons = reasons },
            "ProvisionedThroughputExceededException" => new ProvisionedThroughputExceededException(message, type, code, requestId, status),
            "ThrottlingException" => new ThrottlingException(message, type, code, requestId, status),
            "RequestLimitExceeded" => new RequestLimitExceededException(message, type, code, requestId, status),
            "InternalServerError" => new InternalServerErrorException(message, type, code, requestId, status),
            "ResourceNotFoundException" => new ResourceNotFoundException(message, type, code, requestId, status),
            "ResourceInUseException" => new ResourceInUseException(message, type, code, requestId, status),
            "ItemCollectionSizeLimitExceededException" => new ItemCollectionSizeLimitExceededException(message, type, code, requestId, status),
            "TransactionConflictException" => new TransactionConflictException(message, type, code, requestId, status),
            "TransactionInProgressException" => new TransactionInProgressException(message, type, code, requestId, status),
            "IdempotentParameterMismatchException" => new IdempotentParameterMismatchException(message, type, code, requestId, status),
            "LimitExceededException" => new LimitExceededException(message, type, code, requestId, status),
            "ReplicatedWriteConflictException" => new ReplicatedWriteConflictException(message, type, code, requestId, status),
            _ => new AmazonDynamoDBException(message, type, code, requestId, status),
        };
    }

    private static void Read(ReadOnlySpan<byte> body, ref string? code, ref string? message, ref Dictionary<string, AttributeValue>? item, ref List<CancellationReason>? reasons)
    {
        if (body.IsEmpty)
        {
            return;
        }

        var reader = DynamoResponseJson.Open(body);
        while (DynamoResponseJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("__type"u8))
            {
                reader.Read();
                var type = reader.GetString() ?? string.Empty;
                code = type[(type.LastIndexOf('#') + 1)..];
            }
            else if (reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("Message"u8))
            {
                reader.Read();
                message = reader.GetString();
            }
            else if (reader.ValueTextEquals("Item"u8))
            {
                reader.Read();
                item = DynamoItemJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("CancellationReasons"u8))
            {
                reader.Read();
                reasons = Reasons(ref reader);
            }
            else
            {
                DynamoResponseJson.Skip(ref reader);
            }
        }
    }

    private static List<CancellationReason> Reasons(ref Utf8JsonReader reader)
    {
        var reasons = new List<CancellationReason>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var reason = new CancellationReason();
            while (DynamoResponseJson.NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("Code"u8))
                {
                    reader.Read();
                    reason.Code = reader.GetString();
                }
                else if (reader.ValueTextEquals("Message"u8) || reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    reason.Message = reader.GetString();
                }
                else if (reader.ValueTextEquals("Item"u8))
                {
                    reader.Read();
                    reason.Item = DynamoItemJson.ReadItem(ref reader);
                }
                else
                {
                    DynamoResponseJson.Skip(ref reader);
                }
            }

            reasons.Add(reason);
        }

        return reasons;
    }
}
