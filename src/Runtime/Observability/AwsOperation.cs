using System;
using System.Collections.Generic;
using System.Diagnostics;
using Amazon.Runtime;

namespace Boto3Assist.Observability;

/// <summary>
/// One DynamoDB, SQS or S3 operation being observed: its span (when anyone listens) and its duration, recorded on the
/// <c>boto3assist.operation.duration</c> histogram when disposed. Create one with <see cref="DynamoDbTelemetry.StartOperation(string, string)"/>.
/// </summary>
/// <example>
/// <code>
/// using var operation = DynamoDbTelemetry.StartOperation("PutItem", table);
/// try
/// {
///     var response = await client.PutItemAsync(request, cancellationToken);
///     DynamoDbTelemetry.RecordConsumedCapacity(operation, response.ConsumedCapacity);
/// }
/// catch (Exception ex)
/// {
///     DynamoDbTelemetry.RecordFailure(operation, ex);
///     throw;
/// }
/// </code>
/// </example>
public sealed class AwsOperation : IDisposable
{
    private readonly long _startedAt;
    private readonly string _dimensionName;
    private readonly string _dimensionValue;
    private string? _errorType;
    private bool _disposed;

    private AwsOperation(string service, string method, Activity? activity, string dimensionName, string dimensionValue)
    {
        Service = service;
        Method = method;
        Activity = activity;
        _dimensionName = dimensionName;
        _dimensionValue = dimensionValue;
        _startedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>The AWS service: <c>DynamoDB</c>, <c>SQS</c> or <c>S3</c>.</summary>
    public string Service { get; }

    /// <summary>The AWS API action, such as <c>PutItem</c>.</summary>
    public string Method { get; }

    /// <summary>The span, or <see langword="null"/> when nothing listens to <see cref="Boto3AssistTelemetry.ActivitySource"/>.</summary>
    public Activity? Activity { get; }

    /// <summary>The <c>error.type</c> recorded by <see cref="RecordFailure"/>, or <see langword="null"/> while the operation has not failed.</summary>
    public string? ErrorType => _errorType;

    /// <summary>
    /// Marks the operation failed: span status Error, an <c>exception</c> event, <c>error.type</c> on the span and on the
    /// duration metric, and a throttle count when AWS throttled the request.
    /// </summary>
    /// <param name="exception">What went wrong.</param>
    public void RecordFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _errorType = AwsErrors.ErrorType(exception);
        if (AwsErrors.IsThrottle(exception))
        {
            TelemetryInstruments.Throttles.Add(1, Tags());
        }

        if (Activity is null)
        {
            return;
        }

        Activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        Activity.SetTag(TelemetryAttributes.ErrorType, _errorType);
        if (exception is AmazonServiceException { RequestId: { Length: > 0 } requestId })
        {
            Activity.SetTag(TelemetryAttributes.AwsRequestId, requestId);
        }

        // Written by hand (not Activity.AddException) so net8.0 produces the same OpenTelemetry exception event.
        Activity.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection
        {
            { "exception.type", exception.GetType().FullName },
            { "exception.message", exception.Message },
            { "exception.stacktrace", exception.ToString() },
        }));
    }

    /// <summary>Stops the span and records the duration.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var tags = Tags();
        if (_errorType is not null)
        {
            tags.Add(TelemetryAttributes.ErrorType, _errorType);
        }

        TelemetryInstruments.OperationDuration.Record(Stopwatch.GetElapsedTime(_startedAt).TotalSeconds, tags);
        Activity?.Dispose();
    }

    /// <summary>Starts an operation; <paramref name="dimensionName"/>/<paramref name="dimensionValue"/> name its table, queue or bucket on metrics.</summary>
    internal static AwsOperation Start(
        string service,
        string method,
        ActivityKind kind,
        string dimensionName,
        string dimensionValue,
        IEnumerable<KeyValuePair<string, object?>>? spanTags = null,
        string? spanName = null,
        ActivityContext parent = default,
        IEnumerable<ActivityLink>? links = null,
        bool isAwsCall = true)
    {
        var activity = Boto3AssistTelemetry.ActivitySource.StartActivity(spanName ?? service + "." + method, kind, parent, tags: null, links: links);
        if (activity is not null)
        {
            // Spans that wrap user code (message processing) are not AWS API calls and carry no rpc.* attributes.
            if (isAwsCall)
            {
                activity.SetTag(TelemetryAttributes.RpcSystem, TelemetryAttributes.AwsApi);
                activity.SetTag(TelemetryAttributes.RpcService, service);
                activity.SetTag(TelemetryAttributes.RpcMethod, method);
            }

            if (spanTags is not null)
            {
                foreach (var tag in spanTags)
                {
                    activity.SetTag(tag.Key, tag.Value);
                }
            }
        }

        return new AwsOperation(service, method, activity, dimensionName, dimensionValue);
    }

    /// <summary>The metric dimensions every measurement of this operation carries.</summary>
    internal TagList Tags() => new()
    {
        { TelemetryAttributes.RpcService, Service },
        { TelemetryAttributes.RpcMethod, Method },
        { _dimensionName, _dimensionValue },
    };
}
