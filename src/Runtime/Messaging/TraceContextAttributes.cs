using System.Collections.Generic;
using System.Diagnostics;
using Amazon.SQS.Model;

namespace Boto3Assist.Messaging;

/// <summary>Carries the W3C trace context (<c>traceparent</c>, <c>tracestate</c>) in SQS message attributes.</summary>
internal static class TraceContextAttributes
{
    public const string TraceParent = "traceparent";
    public const string TraceState = "tracestate";

    // SQS rejects messages with more than 10 attributes; the trace context never pushes a message over.
    private const int MaxAttributes = 10;

    /// <summary>Adds the activity's context unless the caller set one or there is no room.</summary>
    public static void Inject(Activity? activity, Dictionary<string, MessageAttributeValue> attributes)
    {
        if (activity is null || activity.IdFormat != ActivityIdFormat.W3C || attributes.ContainsKey(TraceParent))
        {
            return;
        }

        var needed = string.IsNullOrEmpty(activity.TraceStateString) ? 1 : 2;
        if (attributes.Count + needed > MaxAttributes)
        {
            return;
        }

        attributes[TraceParent] = new MessageAttributeValue { DataType = "String", StringValue = activity.Id };
        if (!string.IsNullOrEmpty(activity.TraceStateString))
        {
            attributes[TraceState] = new MessageAttributeValue { DataType = "String", StringValue = activity.TraceStateString };
        }
    }

    /// <summary>The sender's context, or <see langword="default"/> when the message carries none (or a malformed one).</summary>
    public static ActivityContext Extract(IReadOnlyDictionary<string, MessageAttributeValue>? attributes)
    {
        if (attributes is null
            || !attributes.TryGetValue(TraceParent, out var parent)
            || string.IsNullOrEmpty(parent.StringValue))
        {
            return default;
        }

        var state = attributes.TryGetValue(TraceState, out var stateValue) ? stateValue.StringValue : null;
        return ActivityContext.TryParse(parent.StringValue, state, isRemote: true, out var context) ? context : default;
    }
}
