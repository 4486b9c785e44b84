using System;
using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>A transaction that DynamoDB would refuse, caught before sending: no action, more than 100, or two actions on one item.</summary>
public sealed class DynamoTransactionValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="actions">The actions concerned (descriptions with their positions).</param>
    public DynamoTransactionValidationException(string message, IReadOnlyList<string> actions)
        : base(message) => Actions = actions;

    /// <summary>The actions concerned, such as <c>#3 Put Order {pk=S:..., sk=S:...}</c>.</summary>
    public IReadOnlyList<string> Actions { get; }
}
