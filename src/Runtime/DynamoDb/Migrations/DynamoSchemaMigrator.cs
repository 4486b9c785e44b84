using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Rewrites the stored items of <typeparamref name="TEntity"/> that are of an older
/// <see cref="SchemaVersionAttribute">schema version</see> at the current one, so reads stop running upgrade steps and
/// tools that read the table raw see the current shape. A consistent scan filtered on the entity's discriminator and on
/// the version attribute being older than the current version (or absent); each item is read with <c>FromItem</c> (which
/// runs the upgrade steps) and written back with <c>ToItem</c>, conditional on the item being unchanged since it was
/// read: the same schema version (or still none) and, when the entity has a <see cref="DynamoVersionAttribute"/>, the
/// same version. Dry run, progress per page, resumable from the last reported token; every call goes through the
/// context's bounded retry.
/// </summary>
/// <typeparam name="TEntity">The versioned entity whose items are migrated.</typeparam>
public sealed class DynamoSchemaMigrator<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private readonly DynamoDataContext _context;
    private readonly DynamoRepository<TEntity> _repository;
    private readonly int _currentVersion;
    private readonly string _versionAttribute;

    /// <summary>Creates the migrator.</summary>
    /// <param name="context">The data context.</param>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEntity"/> has no <see cref="SchemaVersionAttribute"/>.</exception>
    public DynamoSchemaMigrator(DynamoDataContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        var metadata = TEntity.Metadata;
        if (metadata.SchemaVersion is not { } version || metadata.SchemaVersionAttribute is not { } attribute)
        {
            throw new InvalidOperationException(
                $"'{metadata.EntityName}' has no [SchemaVersion], so its items have no version to migrate (a polymorphic base is migrated through each derived entity).");
        }

        _currentVersion = version;
        _versionAttribute = attribute;
        _repository = context.Repository<TEntity>();
    }

    /// <summary>Runs the migration (or the dry run) to the end of the table, or until cancelled.</summary>
    /// <param name="options">How to run; defaults when <see langword="null"/>.</param>
    /// <param name="progress">Told after every page, with a resume token.</param>
    /// <param name="cancellationToken">Stops the run; resume from the last reported token.</param>
    /// <returns>The counts, the changes and the failures.</returns>
    public async Task<DynamoSchemaMigrationResult> RunAsync(DynamoSchemaMigrationOptions? options = null, IProgress<DynamoSchemaMigrationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new DynamoSchemaMigrationOptions();
        var changes = new List<DynamoSchemaMigrationChange>();
        var failures = new List<DynamoSchemaMigrationFailure>();
        long scanned = 0, upgraded = 0, alreadyCurrent = 0, conflicts = 0;
        var current = new DynamoSchemaMigrationProgress(0, 0, 0, 0, 0, options.ResumeToken);
        await MaintenanceScan.RunAsync(
            _repository,
            options,
            OlderVersions(),
            async (stored, ct) =>
            {
                scanned++;
                switch (await MigrateAsync(stored, options.DryRun, changes, failures, ct).ConfigureAwait(false))
                {
                    case Outcome.Upgraded: upgraded++; break;
                    case Outcome.AlreadyCurrent: alreadyCurrent++; break;
                    case Outcome.Conflict: conflicts++; break;
                }
            },
            token =>
            {
                current = new DynamoSchemaMigrationProgress(scanned, upgraded, alreadyCurrent, conflicts, failures.Count, token);
                progress?.Report(current);
            },
            cancellationToken).ConfigureAwait(false);

        return new DynamoSchemaMigrationResult(current, changes, failures, options.DryRun);
    }

    private enum Outcome
    {
        Upgraded,
        AlreadyCurrent,
        Conflict,
        Failed,
    }

    /// <summary>Items without the version attribute (version 1) or with a lower version.</summary>
    private DynamoCondition<TEntity> OlderVersions() =>
        DynamoCondition<TEntity>.AttributeNotExists(_versionAttribute)
        | DynamoCondition<TEntity>.Attribute(_versionAttribute, DynamoComparison.LessThan, new AttributeValue { N = _currentVersion.ToString(CultureInfo.InvariantCulture) });

    private async Task<Outcome> MigrateAsync(
        Dictionary<string, AttributeValue> stored,
        bool dryRun,
        List<DynamoSchemaMigrationChange> changes,
        List<DynamoSchemaMigrationFailure> failures,
        CancellationToken cancellationToken)
    {
        var key = KeyOf(stored);
        int fromVersion;
        Dictionary<string, AttributeValue> fresh;
        try
        {
            fromVersion = DynamoSchemaUpgrades.StoredVersion(stored, TEntity.Metadata.EntityName, _versionAttribute);
            if (fromVersion >= _currentVersion)
            {
                return Outcome.AlreadyCurrent;
            }

            fresh = TEntity.FromItem(stored).ToItem();
        }
        catch (DynamoMappingException error)
        {
            failures.Add(new DynamoSchemaMigrationFailure(AttributeValueText.Readable(key), error));
            return Outcome.Failed;
        }

        changes.Add(new DynamoSchemaMigrationChange(AttributeValueText.Readable(key), fromVersion, _currentVersion));
        if (dryRun)
        {
            return Outcome.Upgraded;
        }

        try
        {
            await PutAsync(stored, fresh, cancellationToken).ConfigureAwait(false);
            return Outcome.Upgraded;
        }
        catch (ConditionalCheckFailedException)
        {
            // Changed meanwhile: by a writer of the current version (nothing left to do), or otherwise (left alone).
            changes.RemoveAt(changes.Count - 1);
            return await IsCurrentNowAsync(key, cancellationToken).ConfigureAwait(false) ? Outcome.AlreadyCurrent : Outcome.Conflict;
        }
    }

    private async Task PutAsync(Dictionary<string, AttributeValue> stored, Dictionary<string, AttributeValue> fresh, CancellationToken cancellationToken)
    {
        var expression = new DynamoExpressionContext();
        var request = new PutItemRequest
        {
            TableName = _repository.TableName,
            Item = fresh,
            ConditionExpression = MaintenanceScan.Unchanged<TEntity>(expression, stored) + " AND " + SameSchemaVersion(expression, stored),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        await DynamoCall.RunAsync(_context, "PutItem", request.TableName, ct => _context.Transport.PutItemAsync(request, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The version attribute as read: the same value, or still absent.</summary>
    private string SameSchemaVersion(DynamoExpressionContext expression, Dictionary<string, AttributeValue> stored)
    {
        var name = expression.Name(_versionAttribute);
        return stored.TryGetValue(_versionAttribute, out var value) && value.NULL != true
            ? name + " = " + expression.Value(value)
            : "attribute_not_exists(" + name + ")";
    }

    private async Task<bool> IsCurrentNowAsync(Dictionary<string, AttributeValue> key, CancellationToken cancellationToken)
    {
        var request = new GetItemRequest { TableName = _repository.TableName, Key = key, ConsistentRead = true, ReturnConsumedCapacity = DynamoCall.Capacity };
        var response = await DynamoCall.RunAsync(_context, "GetItem", request.TableName, ct => _context.Transport.GetItemAsync(request, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken).ConfigureAwait(false);
        if (response.Item is not { Count: > 0 } item)
        {
            return false;
        }

        try
        {
            return DynamoSchemaUpgrades.StoredVersion(item, TEntity.Metadata.EntityName, _versionAttribute) >= _currentVersion;
        }
        catch (DynamoMappingException)
        {
            return false;
        }
    }

    private static Dictionary<string, AttributeValue> KeyOf(Dictionary<string, AttributeValue> stored) =>
        MaintenanceScan.PrimaryKeyAttributes(TEntity.Metadata.Table).Where(stored.ContainsKey).ToDictionary(a => a, a => stored[a], StringComparer.Ordinal);
}
