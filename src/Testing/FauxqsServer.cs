using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace Boto3Assist.Testing;

/// <summary>
/// fauxqs, an SQS, SNS and S3 emulator, without Docker: installed from npm once and cached, started on a free port
/// bound to 127.0.0.1 only, and stopped when disposed. Start one per test run and share it through a fixture.
/// </summary>
/// <remarks>
/// Known gaps of fauxqs 1.9.2: request bodies over 11 MiB are refused (use multipart above that), ListParts,
/// ListMultipartUploads, ListDeadLetterSourceQueues and StartMessageMoveTask are not implemented, and a FIFO receive
/// returns at most one message per group.
/// </remarks>
/// <example>
/// <code>
/// await using var fauxqs = await FauxqsServer.StartAsync();
/// using var sqs = fauxqs.CreateSqsClient();
/// using var s3 = fauxqs.CreateS3Client();
/// </code>
/// </example>
public sealed class FauxqsServer : LoopbackServer
{
    private const string ReadyLine = "BOTO3ASSIST-FAUXQS-READY";
    private const string WrapperResource = "fauxqs-loopback.mjs";

    private FauxqsServer(ServerProcess process, int port)
        : base(process, port)
    {
    }

    /// <summary>Installs (if needed) and starts fauxqs, and waits until it listens.</summary>
    /// <param name="options">Where it comes from and how it starts; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="TestServerException">Node or npm is missing, the install failed, or the server did not start.</exception>
    public static async Task<FauxqsServer> StartAsync(FauxqsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FauxqsOptions();
        var prefix = await LocateAsync(options, cancellationToken).ConfigureAwait(false);
        var wrapper = await WriteWrapperAsync(prefix, cancellationToken).ConfigureAwait(false);
        var info = new ProcessStartInfo(options.NodeExecutable) { WorkingDirectory = prefix };
        info.ArgumentList.Add(wrapper);
        info.ArgumentList.Add((options.Port ?? 0).ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add((options.ParentProcessId ?? Environment.ProcessId).ToString(CultureInfo.InvariantCulture));
        var process = ServerProcess.Start(info, ReadyLine, "fauxqs needs Node.js 20 or later: install it (apt-get install nodejs npm) or set FauxqsOptions.NodeExecutable.");
        try
        {
            var line = await process.WaitUntilReadyAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
            return new FauxqsServer(process, ParsePort(line));
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>An SQS client configuration pointing at this server.</summary>
    /// <returns>A new configuration.</returns>
    public AmazonSQSConfig CreateSqsConfig() => new()
    {
        ServiceURL = ServiceUrl.ToString(),
        AuthenticationRegion = "us-east-1",
        MaxErrorRetry = 2,
    };

    /// <summary>A new SQS client for this server (any credentials are accepted). The caller disposes it.</summary>
    /// <returns>A new client.</returns>
    public AmazonSQSClient CreateSqsClient() => new(Credentials, CreateSqsConfig());

    /// <summary>
    /// An S3 client configuration pointing at this server: path-style addressing (no bucket subdomains on 127.0.0.1).
    /// Presigned URLs for it need <c>Protocol = Protocol.HTTP</c>.
    /// </summary>
    /// <returns>A new configuration.</returns>
    public AmazonS3Config CreateS3Config() => new()
    {
        ServiceURL = ServiceUrl.ToString(),
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        MaxErrorRetry = 2,
    };

    /// <summary>A new S3 client for this server (any credentials are accepted). The caller disposes it.</summary>
    /// <returns>A new client.</returns>
    public AmazonS3Client CreateS3Client() => new(Credentials, CreateS3Config());

    private static int ParsePort(string readyLine)
    {
        var at = readyLine.IndexOf("port=", StringComparison.Ordinal);
        if (at < 0 || !int.TryParse(readyLine.AsSpan(at + 5).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            throw new TestServerException($"fauxqs printed a ready line without a port: '{readyLine}'.");
        }

        return port;
    }

    private static async Task<string> LocateAsync(FauxqsOptions options, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.InstallDirectory))
        {
            if (!File.Exists(Path.Combine(options.InstallDirectory, "node_modules", "fauxqs", "package.json")))
            {
                throw new TestServerException($"node_modules/fauxqs was not found in '{options.InstallDirectory}' (FauxqsOptions.InstallDirectory or BOTO3ASSIST_FAUXQS_DIR); run 'npm install fauxqs@1.9.2 --prefix <folder>'.");
            }

            return options.InstallDirectory;
        }

        var prefix = await NpmInstall.EnsureInstalledAsync(options.CacheDirectory, options.NpmPackage, options.NpmExecutable, cancellationToken).ConfigureAwait(false);
        if (!File.Exists(Path.Combine(prefix, "node_modules", "fauxqs", "package.json")))
        {
            throw new TestServerException($"Installing {options.NpmPackage} left no node_modules/fauxqs in '{prefix}'.");
        }

        return prefix;
    }

    // The wrapper must sit inside the install prefix so its import of "fauxqs" resolves; one file per script version.
    private static async Task<string> WriteWrapperAsync(string prefix, CancellationToken cancellationToken)
    {
        var script = await EmbeddedScript.ReadAsync(WrapperResource, cancellationToken).ConfigureAwait(false);
        var path = Path.Combine(prefix, $"boto3assist-fauxqs-{script.Hash}.mjs");
        if (!File.Exists(path))
        {
            // Written under a unique name and moved, so parallel test processes never read a half-written script.
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            await File.WriteAllTextAsync(temporary, script.Source, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }
}
