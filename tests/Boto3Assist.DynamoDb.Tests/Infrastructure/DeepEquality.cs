using System.Collections;
using System.Reflection;
using Xunit.Sdk;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>
/// Member-by-member comparison of two object graphs (test code only, reflection is fine here): public properties
/// recursively, lists in order, sets and dictionaries without order, byte[] and ReadOnlyMemory&lt;byte&gt; by content,
/// DateTimeOffset by instant. A failure names the member path, such as <c>Location.NearestAddress.City</c>.
/// </summary>
internal static class DeepEquality
{
    public static void AssertEqual<T>(T expected, T actual, params string[] ignoredMembers)
    {
        var differences = new List<string>();
        Compare(typeof(T).Name, expected, actual, differences, new HashSet<string>(ignoredMembers, StringComparer.Ordinal));
        if (differences.Count > 0)
        {
            throw new XunitException("Objects differ:\n  " + string.Join("\n  ", differences));
        }
    }

    private static void Compare(string path, object? expected, object? actual, List<string> differences, HashSet<string> ignored)
    {
        if (expected is null || actual is null)
        {
            if (!(expected is null && actual is null))
            {
                differences.Add($"{path}: expected {Show(expected)}, found {Show(actual)}");
            }

            return;
        }

        switch (expected)
        {
            case string or bool or char or Enum or Guid or DateTime or DateOnly or TimeOnly or TimeSpan or decimal
                or byte or sbyte or short or ushort or int or uint or long or ulong or float or double:
                if (!expected.Equals(actual))
                {
                    differences.Add($"{path}: expected {Show(expected)}, found {Show(actual)}");
                }
                else if (expected is DateTime e && actual is DateTime a && e.Kind != a.Kind && e.Kind != DateTimeKind.Unspecified)
                {
                    differences.Add($"{path}: expected Kind {e.Kind}, found {a.Kind}");
                }

                return;
            case DateTimeOffset offset:
                if (offset != (DateTimeOffset)actual)
                {
                    differences.Add($"{path}: expected {offset:O}, found {(DateTimeOffset)actual:O}");
                }

                return;
            case ReadOnlyMemory<byte> memory:
                CompareBytes(path, memory.ToArray(), ((ReadOnlyMemory<byte>)actual).ToArray(), differences);
                return;
            case byte[] bytes:
                CompareBytes(path, bytes, (byte[])actual, differences);
                return;
            case IDictionary dictionary:
                CompareDictionaries(path, dictionary, (IDictionary)actual, differences, ignored);
                return;
            case IEnumerable sequence when IsSet(expected.GetType()):
                CompareSets(path, sequence, (IEnumerable)actual, differences);
                return;
            case IEnumerable sequence:
                CompareLists(path, sequence.Cast<object?>().ToList(), ((IEnumerable)actual).Cast<object?>().ToList(), differences, ignored);
                return;
        }

        var type = expected.GetType();
        if (type.IsValueType && type.IsPrimitive)
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: expected {Show(expected)}, found {Show(actual)}");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (ignored.Contains(property.Name) || property.Name == "EqualityContract")
            {
                continue;
            }

            Compare($"{path}.{property.Name}", property.GetValue(expected), property.GetValue(actual), differences, ignored);
        }
    }

    private static bool IsSet(Type type)
        => type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISet<>));

    private static void CompareBytes(string path, byte[] expected, byte[] actual, List<string> differences)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            differences.Add($"{path}: expected bytes {Convert.ToHexString(expected)}, found {Convert.ToHexString(actual)}");
        }
    }

    private static void CompareLists(string path, List<object?> expected, List<object?> actual, List<string> differences, HashSet<string> ignored)
    {
        if (expected.Count != actual.Count)
        {
            differences.Add($"{path}: expected {expected.Count} elements, found {actual.Count}");
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            Compare($"{path}[{i}]", expected[i], actual[i], differences, ignored);
        }
    }

    private static void CompareSets(string path, IEnumerable expected, IEnumerable actual, List<string> differences)
    {
        // byte[] elements compare by content; everything else by its own equality.
        static string Key(object? value) => value switch
        {
            byte[] bytes => "0x" + Convert.ToHexString(bytes),
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value?.ToString() ?? "null",
        };
        var e = expected.Cast<object?>().Select(Key).Order(StringComparer.Ordinal).ToList();
        var a = actual.Cast<object?>().Select(Key).Order(StringComparer.Ordinal).ToList();
        if (!e.SequenceEqual(a))
        {
            differences.Add($"{path}: expected set {{{string.Join(", ", e)}}}, found {{{string.Join(", ", a)}}}");
        }
    }

    private static void CompareDictionaries(string path, IDictionary expected, IDictionary actual, List<string> differences, HashSet<string> ignored)
    {
        var missing = expected.Keys.Cast<object>().Where(k => !actual.Contains(k)).ToList();
        var extra = actual.Keys.Cast<object>().Where(k => !expected.Contains(k)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            differences.Add($"{path}: missing keys [{string.Join(", ", missing)}], extra keys [{string.Join(", ", extra)}]");
            return;
        }

        foreach (var key in expected.Keys)
        {
            Compare($"{path}[{key}]", expected[key], actual[key], differences, ignored);
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
