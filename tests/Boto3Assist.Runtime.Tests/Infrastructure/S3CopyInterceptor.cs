using Amazon.Runtime;
using Amazon.S3;
using Boto3Assist.Testing;

namespace Boto3Assist.Runtime.Tests.Infrastructure;

/// <summary>
/// Sits in the HTTP pipeline of a real S3 client against fauxqs and runs <see cref="AfterCopy"/> once a CopyObject has
/// been answered (to play a concurrent writer between a copy and its confirmation). Everything goes to the server untouched.
/// </summary>
public sealed class S3CopyInterceptor : DelegatingHandler
{
    public S3CopyInterceptor()
        : base(new HttpClientHandler())
    {
    }

    /// <summary>Runs after each CopyObject answer, before the client sees it.</summary>
    public Func<Task> AfterCopy { get; set; } = () => Task.CompletedTask;

    public AmazonS3Client CreateClient(AmazonS3Config config)
    {
        config.HttpClientFactory = new HandlerHttpClientFactory(this);
        return new AmazonS3Client(new BasicAWSCredentials("local", "local"), config);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == HttpMethod.Put && request.Headers.Contains("x-amz-copy-source"))
        {
            await AfterCopy();
        }

        return response;
    }
}
