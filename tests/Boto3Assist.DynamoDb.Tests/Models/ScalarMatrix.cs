namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>Every scalar type of the matrix, non-nullable. Partition key only.</summary>
[DynamoTable("scalars")]
[PartitionKey("SCALAR#{Id}")]
public sealed partial class ScalarMatrix
{
    public required string Id { get; set; }

    public string Text { get; set; } = "";

    public bool Flag { get; set; }

    public byte Byte { get; set; }

    public sbyte SByte { get; set; }

    public short Int16 { get; set; }

    public ushort UInt16 { get; set; }

    public int Int32 { get; set; }

    public uint UInt32 { get; set; }

    public long Int64 { get; set; }

    public ulong UInt64 { get; set; }

    public float Single { get; set; }

    public double Double { get; set; }

    public decimal Decimal { get; set; }

    public Guid Guid { get; set; }

    public DateTime DateTime { get; set; }

    public DateTimeOffset DateTimeOffset { get; set; }

    public DateOnly DateOnly { get; set; }

    public TimeOnly TimeOnly { get; set; }

    public TimeSpan TimeSpan { get; set; }

    public Color ColorByName { get; set; }

    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)]
    public Color ColorByNumber { get; set; }

    public Permissions FlagsByName { get; set; }

    public byte[] Bytes { get; set; } = [];

    public ReadOnlyMemory<byte> Memory { get; set; }
}
