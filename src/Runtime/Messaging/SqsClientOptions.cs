namespace Boto3Assist.Messaging;

/// <summary>
/// Where the SQS client registered by <c>AddBoto3AssistSqs</c> connects. Leave both empty for AWS with the default
/// region and credentials of the environment.
/// </summary>
public sealed class SqsClientOptions
{
    /// <summary>An endpoint such as <c>http://127.0.0.1:4566</c> (a local server), or <see langword="null"/> for AWS.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The region, such as <c>eu-west-1</c>; with <see cref="ServiceUrl"/> it is the signing region (default <c>us-east-1</c>).</summary>
    public string? Region { get; set; }
}
