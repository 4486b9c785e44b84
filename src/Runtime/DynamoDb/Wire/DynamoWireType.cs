using System.ComponentModel;

namespace Boto3Assist.DynamoDb.Wire;

/// <summary>
/// The DynamoDB type of one typed value read by <see cref="DynamoWireReader"/> (<c>{"S":"..."}</c> is <see cref="S"/>).
/// 
/// </summary>
internal enum DynamoWireType : byte
{
    /// <summary>No value.</summary>
    None = 0,

    /// <summary>A string.</summary>
    S,

    /// <summary>A number (its text).</summary>
    N,

    /// <summary>Binary (base64 text in JSON).</summary>
    B,

    /// <summary>A boolean.</summary>
    BOOL,

    /// <summary>NULL.</summary>
    NULL,

    /// <summary>A string set.</summary>
    SS,

    /// <summary>A number set.</summary>
    NS,

    /// <summary>A binary set.</summary>
    BS,

    /// <summary>A list.</summary>
    L,

    /// <summary>A map.</summary>
    M,

    /// <summary>
    /// Added to <see cref="S"/>, <see cref="N"/> or <see cref="B"/> for a member of a set read as a list: the value is a bare
    /// JSON string with no <c>{"S": ...}</c> around it, so there is no closing brace to read.
    /// </summary>
    SetElement = 0x40,
}
