namespace Boto3Assist.DynamoDb.Tests.Models;

public enum Color
{
    Red = 1,
    Green = 2,
    Blue = 4,
}

[Flags]
public enum Permissions : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
}
