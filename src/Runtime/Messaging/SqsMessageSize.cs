using System.Collections.Generic;
using System.Text;
using Amazon.SQS.Model;

namespace Boto3Assist.Messaging;

/// <summary>The size SQS counts against its limit: the body plus each attribute's name, data type and value, in bytes.</summary>
internal static class SqsMessageSize
{
    public static int Of(string body, IReadOnlyDictionary<string, MessageAttributeValue>? attributes)
    {
        var size = Encoding.UTF8.GetByteCount(body);
        if (attributes is null)
        {
            return size;
        }

        foreach (var (name, value) in attributes)
        {
            size += Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value.DataType ?? string.Empty);
            if (value.StringValue is not null)
            {
                size += Encoding.UTF8.GetByteCount(value.StringValue);
            }

            if (value.BinaryValue is not null)
            {
                size += (int)value.BinaryValue.Length;
            }
        }

        return size;
    }
}
