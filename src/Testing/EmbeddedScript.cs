using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Testing;

/// <summary>
/// A script shipped inside this assembly (the Java launcher, the fauxqs wrapper), with a short hash of its text so
/// that what is written or compiled from it into the cache is keyed by its version.
/// </summary>
internal sealed record EmbeddedScript(string Source, string Hash)
{
    public static async Task<EmbeddedScript> ReadAsync(string fileName, CancellationToken cancellationToken)
    {
        using var stream = typeof(EmbeddedScript).Assembly.GetManifestResourceStream("Boto3Assist.Testing." + fileName)
            ?? throw new TestServerException($"The embedded script '{fileName}' is missing from Boto3Assist.Testing.");
        using var reader = new StreamReader(stream);
        var source = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return new EmbeddedScript(source, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16]);
    }
}
