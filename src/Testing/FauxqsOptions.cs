using System;

namespace Boto3Assist.Testing;

/// <summary>Where fauxqs comes from and how it starts.</summary>
public sealed class FauxqsOptions
{
    /// <summary>
    /// An existing install prefix (a folder whose <c>node_modules/fauxqs</c> holds the package and its dependencies).
    /// When set, nothing is downloaded. Defaults to <c>$BOTO3ASSIST_FAUXQS_DIR</c>.
    /// </summary>
    public string? InstallDirectory { get; set; } = Environment.GetEnvironmentVariable("BOTO3ASSIST_FAUXQS_DIR");

    /// <summary>Where the install is cached between runs. Defaults to <c>~/.cache/boto3assist</c> (see <c>$BOTO3ASSIST_CACHE</c>).</summary>
    public string CacheDirectory { get; set; } = ToolCache.DefaultDirectory;

    /// <summary>The npm package; 1.9.2 is the last release that runs on Node 20.</summary>
    public string NpmPackage { get; set; } = "fauxqs@1.9.2";

    /// <summary>The <c>node</c> executable (Node 20 or later).</summary>
    public string NodeExecutable { get; set; } = "node";

    /// <summary>The <c>npm</c> executable.</summary>
    public string NpmExecutable { get; set; } = "npm";

    /// <summary>The port; <see langword="null"/> lets the server pick a free one.</summary>
    public int? Port { get; set; }

    /// <summary>
    /// The process whose exit stops the server (checked every second), so a crashed test run leaves nothing behind.
    /// Defaults to the current process.
    /// </summary>
    public int? ParentProcessId { get; set; }

    /// <summary>How long to wait for the server to listen.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
