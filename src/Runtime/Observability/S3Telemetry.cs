using System.Collections.Generic;
using System.Diagnostics;

namespace Boto3Assist.Observability;

/// <summary>Spans and metrics of the S3 operations the library performs.</summary>
internal static class S3Telemetry
{
    public const string ServiceName = "S3";

    /// <summary>Starts an S3 call; <paramref name="key"/> is set only when the call is about one object.</summary>
    public static AwsOperation Start(string method, string bucket, string? key = null, IEnumerable<KeyValuePair<string, object?>>? extra = null)
    {
        var tags = new List<KeyValuePair<string, object?>> { new(TelemetryAttributes.S3Bucket, bucket) };
        if (key is not null)
        {
            tags.Add(new(TelemetryAttributes.S3Key, key));
        }

        if (extra is not null)
        {
            tags.AddRange(extra);
        }

        return AwsOperation.Start(ServiceName, method, ActivityKind.Client, TelemetryAttributes.S3Bucket, bucket, tags);
    }
}
