using System;

namespace Boto3Assist.Testing;

/// <summary>Where DynamoDB Local comes from and how it starts.</summary>
public sealed class DynamoDbLocalOptions
{
    /// <summary>
    /// An existing DynamoDB Local folder (the one holding <c>DynamoDBLocal.jar</c> and <c>DynamoDBLocal_lib</c>).
    /// When set, nothing is downloaded. Defaults to <c>$BOTO3ASSIST_DYNAMODB_LOCAL_DIR</c>.
    /// </summary>
    public string? InstallDirectory { get; set; } = Environment.GetEnvironmentVariable("BOTO3ASSIST_DYNAMODB_LOCAL_DIR");

    /// <summary>Where the download is cached between runs. Defaults to <c>~/.cache/boto3assist</c> (see <c>$BOTO3ASSIST_CACHE</c>).</summary>
    public string CacheDirectory { get; set; } = ToolCache.DefaultDirectory;

    /// <summary>The npm package that ships the official DynamoDB Local jar (1.25.1).</summary>
    public string NpmPackage { get; set; } = "amplify-dynamodb-simulator@2.9.30";

    /// <summary>The <c>java</c> executable (Java 17 or later). Defaults to <c>$JAVA_HOME/bin/java</c> or <c>java</c> on PATH.</summary>
    public string JavaExecutable { get; set; } = JavaTool("java");

    /// <summary>The <c>javac</c> executable, used once to compile the loopback launcher.</summary>
    public string JavacExecutable { get; set; } = JavaTool("javac");

    /// <summary>The <c>npm</c> executable.</summary>
    public string NpmExecutable { get; set; } = "npm";

    /// <summary>The port; <see langword="null"/> picks a free one.</summary>
    public int? Port { get; set; }

    /// <summary>
    /// The process whose exit stops the server (checked every second), so a crashed or killed test run leaves nothing
    /// behind. Defaults to the current process.
    /// </summary>
    public int? ParentProcessId { get; set; }

    /// <summary>How long to wait for the server to answer.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    private static string JavaTool(string name)
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        return string.IsNullOrWhiteSpace(home) ? name : System.IO.Path.Combine(home, "bin", name);
    }
}
