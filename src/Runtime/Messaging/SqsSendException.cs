using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.Messaging;

/// <summary>
/// Some messages of a send were not accepted by SQS after the bounded retries. <see cref="Failed"/> lists them with
/// SQS's reasons; <see cref="Sent"/> lists those that were sent, so the caller can resend only the failed ones.
/// </summary>
public sealed class SqsSendException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="queueUrl">The queue.</param>
    /// <param name="failed">The messages not sent.</param>
    /// <param name="sent">The messages sent.</param>
    /// <param name="innerException">The first request-level error, if a whole request failed.</param>
    public SqsSendException(string queueUrl, IReadOnlyList<FailedMessage> failed, IReadOnlyList<SentMessage> sent, Exception? innerException = null)
        : base(Describe(queueUrl, failed, sent), innerException)
    {
        QueueUrl = queueUrl;
        Failed = failed;
        Sent = sent;
    }

    /// <summary>The queue.</summary>
    public string QueueUrl { get; }

    /// <summary>The messages SQS did not accept, in input order.</summary>
    public IReadOnlyList<FailedMessage> Failed { get; }

    /// <summary>The messages SQS accepted, in input order.</summary>
    public IReadOnlyList<SentMessage> Sent { get; }

    private static string Describe(string queueUrl, IReadOnlyList<FailedMessage> failed, IReadOnlyList<SentMessage> sent)
    {
        var shown = string.Join("; ", failed.Take(5).Select(f => $"#{f.Index}: {f.Code} ({f.Message}) after {f.Attempts} attempt(s)"));
        var more = failed.Count > 5 ? $"; and {failed.Count - 5} more" : string.Empty;
        return $"{failed.Count} of {failed.Count + sent.Count} message(s) were not sent to {queueUrl}: {shown}{more}.";
    }
}
