namespace Boto3Assist.DynamoDb;

/// <summary>One action of a transaction: its position, a readable description, the item identity and the version it expects.</summary>
internal sealed record TransactionAction(int Index, string Description, string Identity, string EntityName, long? ExpectedVersion, System.Func<System.Collections.Generic.IReadOnlyDictionary<string, Amazon.DynamoDBv2.Model.AttributeValue>, long>? ReadVersion);
