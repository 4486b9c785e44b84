using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>The checks made before a transaction is sent, and the mapping of DynamoDB's cancellation reasons to actions.</summary>
internal static class TransactionChecks
{
    public static void Validate(IReadOnlyList<TransactionAction> actions, int maxActions)
    {
        if (actions.Count == 0)
        {
            throw new DynamoTransactionValidationException("The transaction has no action.", []);
        }

        if (actions.Count > maxActions)
        {
            throw new DynamoTransactionValidationException(
                $"The transaction has {actions.Count} actions; DynamoDB accepts at most {maxActions}. Split it, or use a batch if atomicity is not needed.",
                actions.Skip(maxActions).Select(Describe).ToList());
        }

        var duplicate = actions.GroupBy(a => a.Identity, System.StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var named = duplicate.Select(Describe).ToList();
            throw new DynamoTransactionValidationException(
                "Two actions of one transaction target the same item, which DynamoDB refuses: " + string.Join(" and ", named) + ". Combine them into one action.",
                named);
        }
    }

    public static DynamoTransactionCanceledException Canceled(TransactionCanceledException error, IReadOnlyList<TransactionAction> actions)
    {
        var reasons = error.CancellationReasons ?? new List<CancellationReason>();
        var failures = new List<DynamoTransactionFailure>();
        for (var i = 0; i < reasons.Count && i < actions.Count; i++)
        {
            var reason = reasons[i];
            if (reason is null || reason.Code is null or "None")
            {
                continue;
            }

            var action = actions[i];
            var current = reason.Item is { Count: > 0 } item ? item : null;
            long? currentVersion = current is not null && action.ReadVersion is { } read ? read(current) : null;
            var otherType = current is not null && action.OtherType is { } other ? other(current) : null;
            var conflict = otherType is null && reason.Code == "ConditionalCheckFailed" && action.ExpectedVersion is { } expected && action.ReadVersion is not null
                && (expected == 0 ? current is not null && currentVersion != 0 : current is null || currentVersion != expected);
            failures.Add(new DynamoTransactionFailure(action.Index, action.Description, reason.Code, reason.Message, current, conflict)
            {
                Entity = action.EntityName,
                ExpectedVersion = action.ExpectedVersion,
                CurrentVersion = currentVersion,
                CurrentEntity = current is not null && action.TryMap is { } map ? map(current) : null,
                StoredEntityType = otherType,
            });
        }

        return new DynamoTransactionCanceledException(failures, error);
    }

    private static string Describe(TransactionAction action) => "#" + action.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + action.Description;
}
