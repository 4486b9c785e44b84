using Boto3Assist.DynamoDb.Tests.Models;
using FsCheck;
using FsCheck.Fluent;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>
/// FsCheck generators for the test models, covering whole value ranges (not only small sized values) but only values
/// the mapping can represent: finite floating point inside DynamoDB's number range, non-null strings where the model says non-null, UTC date-times,
/// date-time offsets whose UTC instant exists.
/// </summary>
public static class ModelArbitraries
{
    private static Gen<T> Any<T>() => ArbMap.Default.GeneratorFor<T>();

    private static Gen<long> AnyLong => Any<DoNotSize<long>>().Select(x => x.Item);

    private static Gen<ulong> AnyULong => Any<DoNotSize<ulong>>().Select(x => x.Item);

    private static Gen<int> AnyInt => Any<DoNotSize<int>>().Select(x => x.Item);

    private static Gen<T> Extremes<T>(Gen<T> ordinary, params T[] extremes)
        => Gen.Frequency((4, ordinary), (1, Gen.Elements(extremes)));

    public static Gen<string> Text => Any<string>().Where(s => s is not null);

    // Values of string key placeholders: key builders refuse empty values and the templates' delimiter '#'.
    public static Gen<string> KeyText => Text.Where(s => s.Length > 0 && s.IndexOf('#') < 0);

    // DynamoDB numbers: magnitude below 1E+126 and, unless zero, at least 1E-130 (ToItem refuses the rest).
    public static Gen<double> FiniteDouble => Extremes(
        Any<NormalFloat>().Select(f => f.Item).Where(d => Math.Abs(d) < 1E+126 && (d == 0 || Math.Abs(d) >= 1E-130)),
        0.0, -0.0, 9.99999999999999E+125, -9.99999999999999E+125, 1E-130, -1E-130, 1.0 / 3.0, 0.1 + 0.2);

    public static Gen<float> FiniteSingle => Extremes(
        Any<float>().Where(float.IsFinite),
        0f, float.MaxValue, float.MinValue, float.Epsilon);

    public static Gen<decimal> AnyDecimal => Extremes(
        Any<DoNotSize<decimal>>().Select(d => d.Item),
        decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 0m);

    public static Gen<DateTime> UtcDateTime => Extremes(
        AnyLong.Select(t => new DateTime((long)((ulong)t % (ulong)DateTime.MaxValue.Ticks), DateTimeKind.Utc)),
        DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
        DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc));

    // The UTC instant must exist, so keep 14 hours of margin at both ends before applying an offset.
    public static Gen<DateTimeOffset> AnyDateTimeOffset =>
        from ticks in AnyLong
        from minutes in Gen.Choose(-14 * 60, 14 * 60)
        let margin = TimeSpan.FromHours(14).Ticks
        let utc = margin + (long)((ulong)ticks % (ulong)(DateTime.MaxValue.Ticks - 2 * margin))
        select new DateTimeOffset(new DateTime(utc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromMinutes(minutes));

    public static Gen<DateOnly> AnyDateOnly => Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    public static Gen<TimeOnly> AnyTimeOnly => AnyLong.Select(t => new TimeOnly((long)((ulong)t % (ulong)TimeSpan.TicksPerDay)));

    public static Gen<TimeSpan> AnyTimeSpan => Extremes(AnyLong.Select(TimeSpan.FromTicks), TimeSpan.MinValue, TimeSpan.MaxValue, TimeSpan.Zero);

    public static Gen<Guid> AnyGuid => Any<Guid>();

    public static Gen<byte[]> Bytes => Any<byte[]>().Where(b => b is not null);

    public static Gen<Color> AnyColor => Gen.Elements(Color.Red, Color.Green, Color.Blue);

    public static Gen<Permissions> AnyPermissions => Gen.Choose(0, 7).Select(i => (Permissions)i);

    public static Gen<Address> AnyAddress =>
        from street in Text
        from city in Text
        from postal in Gen.OrNull(Text)
        select new Address(street, city, postal);

    public static Arbitrary<ScalarMatrix> ScalarMatrix() => Arb.From(
        from ids in Zip(KeyText, Text)
        from flag in Any<bool>()
        from small in Zip(Any<byte>(), Any<sbyte>(), Any<short>())
        from unsigned in Zip(Any<ushort>(), Any<DoNotSize<uint>>().Select(u => u.Item), AnyULong)
        from signed in Zip(AnyInt, AnyLong)
        from floats in Zip(FiniteSingle, FiniteDouble, AnyDecimal)
        from times in Zip(UtcDateTime, AnyDateTimeOffset, AnyDateOnly)
        from spans in Zip(AnyTimeOnly, AnyTimeSpan, AnyGuid)
        from enums in Zip(AnyColor, AnyColor, AnyPermissions)
        from binary in Zip(Bytes, Bytes)
        select new Models.ScalarMatrix
        {
            Id = ids.Item1,
            Text = ids.Item2,
            Flag = flag,
            Byte = small.Item1,
            SByte = small.Item2,
            Int16 = small.Item3,
            UInt16 = unsigned.Item1,
            UInt32 = unsigned.Item2,
            UInt64 = unsigned.Item3,
            Int32 = signed.Item1,
            Int64 = signed.Item2,
            Single = floats.Item1,
            Double = floats.Item2,
            Decimal = floats.Item3,
            DateTime = times.Item1,
            DateTimeOffset = times.Item2,
            DateOnly = times.Item3,
            TimeOnly = spans.Item1,
            TimeSpan = spans.Item2,
            Guid = spans.Item3,
            ColorByName = enums.Item1,
            ColorByNumber = enums.Item2,
            FlagsByName = enums.Item3,
            Bytes = binary.Item1,
            Memory = binary.Item2,
        });

    public static Arbitrary<NullableMatrix> NullableMatrix() => Arb.From(
        from id in KeyText
        from text in Gen.OrNull(Text)
        from numbers in Zip(Nullable(AnyInt), Nullable(AnyLong), Nullable(AnyULong))
        from floats in Zip(Nullable(FiniteSingle), Nullable(FiniteDouble), Nullable(AnyDecimal))
        from times in Zip(Nullable(UtcDateTime), Nullable(AnyDateTimeOffset), Nullable(AnyTimeSpan))
        from other in Zip(Nullable(AnyGuid), Nullable(AnyColor), Nullable(Any<bool>()))
        from bytes in Gen.OrNull(Bytes)
        from address in Gen.OrNull(AnyAddress)
        from names in Gen.OrNull(Gen.ListOf(Text).Select(l => l.ToList()))
        // An empty set is not stored, so a nullable one reads back as null: generate null or non-empty.
        from labels in Gen.OrNull(Gen.NonEmptyListOf(Text).Select(l => l.ToHashSet()))
        from counts in Gen.OrNull(Map(AnyInt))
        select new Models.NullableMatrix
        {
            Id = id,
            Text = text,
            Int32 = numbers.Item1,
            Int64 = numbers.Item2,
            UInt64 = numbers.Item3,
            Single = floats.Item1,
            Double = floats.Item2,
            Decimal = floats.Item3,
            DateTime = times.Item1,
            DateTimeOffset = times.Item2,
            TimeSpan = times.Item3,
            Guid = other.Item1,
            ColorByName = other.Item2,
            ColorByNumber = other.Item2,
            Flag = other.Item3,
            Bytes = bytes,
            Memory = bytes is null ? null : new ReadOnlyMemory<byte>(bytes),
            Address = address,
            Names = names,
            Labels = labels,
            Counts = counts,
        });

    public static Arbitrary<CollectionMatrix> CollectionMatrix() => Arb.From(
        from id in KeyText
        from ints in Gen.ArrayOf(AnyInt)
        from strings in Gen.ArrayOf(Text)
        from longs in Gen.ListOf(AnyLong)
        from decimals in Gen.ListOf(AnyDecimal)
        from guids in Gen.ListOf(AnyGuid)
        from dates in Gen.ListOf(UtcDateTime)
        from colors in Gen.ListOf(AnyColor)
        from binaries in Gen.ListOf(Bytes)
        from addresses in Gen.ListOf(AnyAddress)
        from nested in Gen.ListOf(Gen.ListOf(AnyInt).Select(l => l.ToList()))
        from nullableStrings in Gen.ListOf(Gen.OrNull(Text))
        from stringSet in Gen.ListOf(Text)
        from numberSets in Zip(Gen.ListOf(AnyInt), Gen.ListOf(AnyLong), Gen.ListOf(FiniteDouble))
        from decimalSet in Gen.ListOf(AnyDecimal)
        from binarySet in Gen.ListOf(Bytes)
        from maps in Zip(Map(Text), Map(AnyInt), Map(AnyAddress))
        from listMap in Map(Gen.ListOf(Text).Select(l => l.ToList()))
        from interfaces in Zip(Gen.ListOf(FiniteDouble), Map(AnyDecimal), Map(Any<bool>()))
        select new Models.CollectionMatrix
        {
            Id = id,
            IntArray = ints,
            StringArray = strings,
            StringList = strings.ToList(),
            LongList = longs.ToList(),
            DecimalReadOnlyList = decimals.ToList(),
            IntIList = ints.Reverse().ToList(),
            StringCollection = strings.ToList(),
            DoubleReadOnlyCollection = interfaces.Item1.ToList(),
            StringReadOnlySet = stringSet.Take(3).ToHashSet(),
            DecimalIDictionary = interfaces.Item2,
            BoolReadOnlyDictionary = interfaces.Item3,
            StringEnumerable = strings.Reverse().ToList(),
            GuidList = guids.ToList(),
            DateList = dates.ToList(),
            ColorList = colors.ToList(),
            BinaryList = binaries.ToList(),
            AddressList = addresses.ToList(),
            NestedLists = nested.ToList(),
            NullableStringList = nullableStrings.ToList(),
            StringSet = stringSet.ToHashSet(),
            IntSet = numberSets.Item1.ToHashSet(),
            LongSet = numberSets.Item2.ToHashSet(),
            // -0.0 and 0.0 are one number to DynamoDB (and to HashSet<double>).
            DoubleSet = numberSets.Item3.ToHashSet(),
            DecimalSet = decimalSet.ToHashSet(),
            // A set of byte arrays holds distinct contents; HashSet<byte[]> compares references.
            BinarySet = binarySet.DistinctBy(Convert.ToHexString).ToHashSet(),
            StringMap = maps.Item1,
            IntMap = maps.Item2,
            AddressMap = maps.Item3,
            ListMap = listMap,
        });

    public static Arbitrary<NestedModel> NestedModel() => Arb.From(
        from id in KeyText
        from home in AnyAddress
        from location in Gen.OrNull(
            from lat in FiniteDouble
            from lon in FiniteDouble
            from nearest in Gen.OrNull(AnyAddress)
            from aliases in Gen.ListOf(Text)
            select new GeoPoint { Latitude = lat, Longitude = lon, NearestAddress = nearest, Aliases = aliases.ToList() })
        from size in Gen.OrNull(
            from width in AnyDecimal
            from height in AnyDecimal
            from unit in Text
            select new Dimensions { Width = width, Height = height, Unit = unit })
        select new Models.NestedModel { Id = id, Home = home, Location = location, Size = size });

    public static Arbitrary<Order> Order() => Arb.From(
        from ids in Zip(KeyText, KeyText)
        from date in UtcDateTime
        from status in Nullable(Gen.Elements(OrderStatus.Placed, OrderStatus.Paid, OrderStatus.Shipped))
        // TTL is stored in whole epoch seconds.
        from expires in Nullable(AnyDateTimeOffset.Select(d => DateTimeOffset.FromUnixTimeSeconds(d.ToUnixTimeSeconds())))
        from total in AnyDecimal
        from lines in Gen.ListOf(
            from sku in Text
            from quantity in AnyInt
            from price in AnyDecimal
            select new OrderLine(sku, quantity, price))
        select new Models.Order
        {
            CustomerId = ids.Item1,
            OrderId = ids.Item2,
            OrderDate = date,
            Status = status,
            ExpiresAt = expires,
            Total = total,
            Lines = lines.ToList(),
        });

    public static Arbitrary<Book> Book() => Arb.From(
        from isbn in KeyText
        from edition in AnyInt
        from title in Text
        from authors in Gen.ListOf(Text)
        from published in AnyDateOnly
        from price in Nullable(AnyDecimal)
        select new Models.Book(isbn, edition, title, authors.ToList(), published) { Price = price });

    private static Gen<(T1, T2)> Zip<T1, T2>(Gen<T1> first, Gen<T2> second)
        => from a in first from b in second select (a, b);

    private static Gen<(T1, T2, T3)> Zip<T1, T2, T3>(Gen<T1> first, Gen<T2> second, Gen<T3> third)
        => from a in first from b in second from c in third select (a, b, c);

    private static Gen<T?> Nullable<T>(Gen<T> gen) where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<Dictionary<string, T>> Map<T>(Gen<T> values)
        => Gen.ListOf(Zip(Text, values)).Select(pairs => pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));
}
