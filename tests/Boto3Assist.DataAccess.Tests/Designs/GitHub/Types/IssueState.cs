namespace Boto3Assist.DataAccess.Tests.GitHub.Types;

/// <summary>Whether an issue is open or closed (in its own namespace: the computed key expression names it through a using).</summary>
public enum IssueState
{
    Open,
    Closed,
}
