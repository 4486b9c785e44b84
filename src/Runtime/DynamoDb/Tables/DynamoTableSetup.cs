using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Creates every table the registered entities use, under their run-time names: entities sharing a table are merged
/// into one definition (key schema, all their indexes, TTL) with the table's settings from
/// <see cref="DynamoDataAccessOptions.TableSettings"/>, created if missing, waited for until ACTIVE, TTL and the settings
/// applied. Idempotent.
/// </summary>
public static class DynamoTableSetup
{
    /// <summary>Creates the missing tables of <paramref name="entities"/>.</summary>
    /// <param name="context">The data context (client and table names).</param>
    /// <param name="entities">The metadata of every entity (<c>Order.Metadata</c>...).</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The physical names of the tables created now (empty when all existed).</returns>
    /// <exception cref="DynamoTableDefinitionException">Entities sharing a table disagree on its shape, or its settings are not valid.</exception>
    public static async Task<IReadOnlyList<string>> CreateAllAsync(DynamoDataContext context, IEnumerable<DynamoEntityMetadata> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        var created = new List<string>();
        foreach (var group in entities.GroupBy(e => context.TableNames.For(e), StringComparer.Ordinal))
        {
            var merged = DynamoTableDefinitions.Merge(group);
            var definition = context.Options.SettingsFor(merged.TableName, group.Key) is { } settings ? merged with { Settings = settings } : merged;
            if (await DynamoTableCreator.CreateIfNotExistsAsync(context.Client, definition, group.Key, cancellationToken).ConfigureAwait(false))
            {
                created.Add(group.Key);
            }
        }

        return created;
    }
}
