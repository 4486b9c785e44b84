using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist;

/// <summary>
/// Parses an AWS event (SQS, S3) from JSON with <see cref="JsonDocument"/>: no reflection, and a JSON syntax error
/// becomes the event's own typed format exception.
/// </summary>
internal static class EventJson
{
    public static T Parse<T>(ReadOnlyMemory<byte> utf8Json, Func<JsonElement, T> read, Func<string, Exception, Exception> invalid)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw invalid(ex.Message, ex);
        }
    }

    public static async Task<T> ParseAsync<T>(Stream utf8Json, Func<JsonElement, T> read, Func<string, Exception, Exception> invalid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            using var document = await JsonDocument.ParseAsync(utf8Json, default, cancellationToken).ConfigureAwait(false);
            return read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw invalid(ex.Message, ex);
        }
    }
}
