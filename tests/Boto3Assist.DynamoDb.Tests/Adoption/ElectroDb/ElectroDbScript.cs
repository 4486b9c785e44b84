using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Boto3Assist.Testing;

namespace Boto3Assist.DynamoDb.Tests.Adoption.ElectroDb;

/// <summary>
/// Runs <c>electrodb-task.mjs</c> (embedded in this project) with node against DynamoDB Local: ElectroDB and the AWS SDK
/// for JavaScript are installed from npm into the tool cache once (Boto3Assist.Testing's NpmInstall, as for fauxqs), never
/// into the repository; the script is written next to their node_modules so its imports resolve.
/// </summary>
internal static class ElectroDbScript
{
    /// <summary>ElectroDB 3.9 and the SDK v3 line it runs on, pinned so every run installs the same thing (and runs on Node 20).</summary>
    public static readonly string[] Packages = ["electrodb@3.9.3", "@aws-sdk/client-dynamodb@3.1169.0", "@aws-sdk/lib-dynamodb@3.1169.0"];

    private const string ResultMarker = "BOTO3ASSIST-ELECTRODB-RESULT:";
    private const string Resource = "electrodb-task.mjs";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (string Prefix, string Script)? _installed;

    /// <summary>Runs one command of the script and returns ElectroDB's <c>data</c> as JSON.</summary>
    public static async Task<JsonNode?> RunAsync(Uri endpoint, string table, string command, object arguments, CancellationToken cancellationToken)
    {
        var (prefix, script) = await EnsureInstalledAsync(cancellationToken);
        var output = await ExternalTool.RunAsync(
            "node",
            ["--no-warnings", script, endpoint.ToString().TrimEnd('/'), table, command, JsonSerializer.Serialize(arguments)],
            prefix,
            "to run ElectroDB's " + command,
            TimeSpan.FromMinutes(2),
            cancellationToken);
        var line = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(ResultMarker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("electrodb-task.mjs printed no result: " + output);
        return JsonNode.Parse(line[ResultMarker.Length..]);
    }

    private static async Task<(string Prefix, string Script)> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (_installed is { } installed)
            {
                return installed;
            }

            var prefix = await NpmInstall.EnsureInstalledAsync(ToolCache.DefaultDirectory, Packages, "npm", cancellationToken);
            string source;
            using (var stream = typeof(ElectroDbScript).Assembly.GetManifestResourceStream(Resource) ?? throw new InvalidOperationException(Resource + " is not embedded"))
            using (var reader = new StreamReader(stream))
            {
                source = await reader.ReadToEndAsync(cancellationToken);
            }

            // One file per script version, written under a unique name and moved: parallel runs never read half a script.
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16];
            var script = Path.Combine(prefix, $"boto3assist-electrodb-task-{hash}.mjs");
            if (!File.Exists(script))
            {
                var temporary = script + "." + Environment.ProcessId + ".tmp";
                await File.WriteAllTextAsync(temporary, source, cancellationToken);
                File.Move(temporary, script, overwrite: true);
            }

            _installed = (prefix, script);
            return _installed.Value;
        }
        finally
        {
            Gate.Release();
        }
    }
}
