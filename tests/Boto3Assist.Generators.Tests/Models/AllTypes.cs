using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

public enum Color { Red, Green, Blue }

[Flags]
public enum Permissions : byte { None = 0, Read = 1, Write = 2, Delete = 4 }

public enum Priority : long { Low = -1, Normal = 0, High = 5_000_000_000 }

/// <summary>Every type of the matrix, non-nullable and nullable.</summary>
[DynamoTable("all-types")]
[PartitionKey("ALL#{Id}")]
public partial class AllTypes
{
    public string Id { get; set; } = "a1";
    public string Text { get; set; } = "";
    public bool Flag { get; set; }
    public byte Byte { get; set; }
    public sbyte SByte { get; set; }
    public short Short { get; set; }
    public ushort UShort { get; set; }
    public int Int { get; set; }
    public uint UInt { get; set; }
    public long Long { get; set; }
    public ulong ULong { get; set; }
    public float Float { get; set; }
    public double Double { get; set; }
    public decimal Decimal { get; set; }
    public Guid Guid { get; set; }
    public DateTime DateTime { get; set; }
    public DateTimeOffset DateTimeOffset { get; set; }
    public DateOnly DateOnly { get; set; }
    public TimeOnly TimeOnly { get; set; }
    public TimeSpan TimeSpan { get; set; }
    public Color Color { get; set; }
    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)] public Color ColorNumber { get; set; }
    public Permissions Permissions { get; set; }
    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)] public Priority PriorityNumber { get; set; }
    public byte[] Bytes { get; set; } = Array.Empty<byte>();
    public ReadOnlyMemory<byte> Memory { get; set; }

    public string? NullableText { get; set; }
    public bool? NullableFlag { get; set; }
    public int? NullableInt { get; set; }
    public long? NullableLong { get; set; }
    public double? NullableDouble { get; set; }
    public decimal? NullableDecimal { get; set; }
    public Guid? NullableGuid { get; set; }
    public DateTime? NullableDateTime { get; set; }
    public DateTimeOffset? NullableDateTimeOffset { get; set; }
    public DateOnly? NullableDateOnly { get; set; }
    public TimeOnly? NullableTimeOnly { get; set; }
    public TimeSpan? NullableTimeSpan { get; set; }
    public Color? NullableColor { get; set; }
    public byte[]? NullableBytes { get; set; }
    public ReadOnlyMemory<byte>? NullableMemory { get; set; }

    public int[] IntArray { get; set; } = Array.Empty<int>();
    public List<string> StringList { get; set; } = new();
    public IReadOnlyList<Color> ColorList { get; set; } = new List<Color>();
    public IList<decimal> DecimalList { get; set; } = new List<decimal>();
    public IEnumerable<Guid> GuidEnumerable { get; set; } = new List<Guid>();
    public ICollection<DateTime> DateCollection { get; set; } = new List<DateTime>();
    public List<string?> NullableStringList { get; set; } = new();
    public List<int?> NullableIntList { get; set; } = new();
    public List<List<int>> NestedLists { get; set; } = new();
    public List<byte[]> BinaryList { get; set; } = new();

    public HashSet<string> StringSet { get; set; } = new();
    public ISet<int> IntSet { get; set; } = new HashSet<int>();
    public IReadOnlySet<double> DoubleSet { get; set; } = new HashSet<double>();
    public HashSet<decimal> DecimalSet { get; set; } = new();
    public HashSet<byte[]> BinarySet { get; set; } = new();
    public HashSet<string>? NullableSet { get; set; }

    public Dictionary<string, int> IntMap { get; set; } = new();
    public IReadOnlyDictionary<string, string> StringMap { get; set; } = new Dictionary<string, string>();
    public IDictionary<string, Address> AddressMap { get; set; } = new Dictionary<string, Address>();
    public Dictionary<string, List<string>> ListMap { get; set; } = new();
    public Dictionary<string, string?> NullableValueMap { get; set; } = new();

    public Address Home { get; set; } = new();
    public Address? Work { get; set; }
    public GeoPoint Location { get; set; }
    public GeoPoint? MaybeLocation { get; set; }
    public List<Address> Addresses { get; set; } = new();
    public TreeNode? Tree { get; set; }
}

public sealed class Address
{
    public string Street { get; set; } = "";
    public string City { get; set; } = "";
    public string? Zip { get; set; }
    public List<string> Tags { get; set; } = new();
}

public record struct GeoPoint(double Latitude, double Longitude);

/// <summary>A type that contains itself: mapped to any depth, one mapper.</summary>
public sealed class TreeNode
{
    public string Name { get; set; } = "";
    public List<TreeNode> Children { get; set; } = new();
    public TreeNode? Parent { get; set; }
}
