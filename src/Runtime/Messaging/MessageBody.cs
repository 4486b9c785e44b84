using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Boto3Assist.Messaging;

/// <summary>Deserializes message bodies with source-generated metadata, turning bad JSON into <see cref="MessageBodyException"/>.</summary>
internal static class MessageBody
{
    public static T Deserialize<T>(string body, JsonTypeInfo<T> typeInfo, string messageId)
    {
        try
        {
            var value = JsonSerializer.Deserialize(body, typeInfo);
            if (value is null && !typeof(T).IsValueType)
            {
                throw new MessageBodyException(typeof(T), messageId, "the body is JSON null.");
            }

            return value!;
        }
        catch (JsonException ex)
        {
            // The JSON error carries position only, never the body, so nothing private reaches the logs.
            throw new MessageBodyException(typeof(T), messageId, ex.Message, ex);
        }
    }
}
