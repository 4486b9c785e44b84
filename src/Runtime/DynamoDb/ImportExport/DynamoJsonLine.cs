using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>One line of a DynamoDB JSON Lines file: the item it holds, or why it could not be read.</summary>
/// <param name="LineNumber">The line number, from 1.</param>
/// <param name="Item">The item, or <see langword="null"/> when the line is not valid.</param>
/// <param name="Error">Why the line is not valid (the attribute path and what was expected, never a value), or <see langword="null"/>.</param>
public readonly record struct DynamoJsonLine(long LineNumber, Dictionary<string, AttributeValue>? Item, string? Error);
