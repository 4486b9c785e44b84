using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>
/// The real client against DynamoDB Local, answering the operations DynamoDB Local lacks (continuous backups, tagging)
/// the way DynamoDB does and recording the requests, so the table creator's use of them can be checked.
/// </summary>
internal sealed class SettingsRecordingClient(AWSCredentials credentials, AmazonDynamoDBConfig config) : AmazonDynamoDBClient(credentials, config)
{
    private readonly ConcurrentDictionary<string, Dictionary<string, string>> _tags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _recovery = new(StringComparer.Ordinal);

    public List<UpdateContinuousBackupsRequest> BackupUpdates { get; } = [];

    public List<TagResourceRequest> TagRequests { get; } = [];

    public List<UpdateTableRequest> TableUpdates { get; } = [];

    public void SetTags(string arn, Dictionary<string, string> tags) => _tags[arn] = tags;

    public override Task<DescribeContinuousBackupsResponse> DescribeContinuousBackupsAsync(DescribeContinuousBackupsRequest request, CancellationToken cancellationToken = default)
        => Task.FromResult(new DescribeContinuousBackupsResponse
        {
            ContinuousBackupsDescription = new ContinuousBackupsDescription
            {
                ContinuousBackupsStatus = ContinuousBackupsStatus.ENABLED,
                PointInTimeRecoveryDescription = new PointInTimeRecoveryDescription
                {
                    PointInTimeRecoveryStatus = _recovery.ContainsKey(request.TableName) ? PointInTimeRecoveryStatus.ENABLED : PointInTimeRecoveryStatus.DISABLED,
                },
            },
        });

    public override Task<UpdateContinuousBackupsResponse> UpdateContinuousBackupsAsync(UpdateContinuousBackupsRequest request, CancellationToken cancellationToken = default)
    {
        lock (BackupUpdates)
        {
            BackupUpdates.Add(request);
        }

        _recovery[request.TableName] = true;
        return Task.FromResult(new UpdateContinuousBackupsResponse());
    }

    public override Task<ListTagsOfResourceResponse> ListTagsOfResourceAsync(ListTagsOfResourceRequest request, CancellationToken cancellationToken = default)
        => Task.FromResult(new ListTagsOfResourceResponse
        {
            Tags = (_tags.TryGetValue(request.ResourceArn, out var tags) ? tags : []).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
        });

    public override Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default)
    {
        lock (TagRequests)
        {
            TagRequests.Add(request);
        }

        return Task.FromResult(new TagResourceResponse());
    }

    public override Task<UpdateTableResponse> UpdateTableAsync(UpdateTableRequest request, CancellationToken cancellationToken = default)
    {
        lock (TableUpdates)
        {
            TableUpdates.Add(request);
        }

        return base.UpdateTableAsync(request, cancellationToken);
    }
}
