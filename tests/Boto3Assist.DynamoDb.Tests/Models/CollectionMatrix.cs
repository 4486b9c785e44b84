namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>Lists (L), sets (SS/NS/BS) and maps (M) of scalars and nested types.</summary>
[DynamoTable("collections")]
[PartitionKey("COLLECTION#{Id}")]
public sealed partial class CollectionMatrix
{
    public required string Id { get; set; }

    public int[] IntArray { get; set; } = [];

    public string[] StringArray { get; set; } = [];

    public List<string> StringList { get; set; } = new();

    public List<long> LongList { get; set; } = new();

    public IReadOnlyList<decimal> DecimalReadOnlyList { get; set; } = [];

    public IEnumerable<string> StringEnumerable { get; set; } = [];

    public IList<int> IntIList { get; set; } = new List<int>();

    public ICollection<string> StringCollection { get; set; } = new List<string>();

    public IReadOnlyCollection<double> DoubleReadOnlyCollection { get; set; } = [];

    public List<Guid> GuidList { get; set; } = new();

    public List<DateTime> DateList { get; set; } = new();

    public List<Color> ColorList { get; set; } = new();

    public List<byte[]> BinaryList { get; set; } = new();

    public List<Address> AddressList { get; set; } = new();

    public List<List<int>> NestedLists { get; set; } = new();

    public List<string?> NullableStringList { get; set; } = new();

    public HashSet<string> StringSet { get; set; } = new();

    public ISet<int> IntSet { get; set; } = new HashSet<int>();

    public HashSet<long> LongSet { get; set; } = new();

    public HashSet<double> DoubleSet { get; set; } = new();

    public HashSet<decimal> DecimalSet { get; set; } = new();

    public HashSet<byte[]> BinarySet { get; set; } = new();

    public IReadOnlySet<string> StringReadOnlySet { get; set; } = new HashSet<string>();

    public Dictionary<string, string> StringMap { get; set; } = new();

    public Dictionary<string, int> IntMap { get; set; } = new();

    public IDictionary<string, decimal> DecimalIDictionary { get; set; } = new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, bool> BoolReadOnlyDictionary { get; set; } = new Dictionary<string, bool>();

    public Dictionary<string, Address> AddressMap { get; set; } = new();

    public Dictionary<string, List<string>> ListMap { get; set; } = new();
}
