namespace Boto3Assist.Storage;

/// <summary>
/// Where the S3 client registered by <c>AddBoto3AssistS3</c> connects. Leave all empty for AWS with the default
/// region and credentials of the environment.
/// </summary>
public sealed class S3ClientOptions
{
    /// <summary>An endpoint such as <c>http://127.0.0.1:4566</c> (a local server), or <see langword="null"/> for AWS.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The region, such as <c>eu-west-1</c>; with <see cref="ServiceUrl"/> it is the signing region (default <c>us-east-1</c>).</summary>
    public string? Region { get; set; }

    /// <summary>Path-style addressing (<c>host/bucket/key</c>), which local servers need. On by default with <see cref="ServiceUrl"/>.</summary>
    public bool? ForcePathStyle { get; set; }
}
