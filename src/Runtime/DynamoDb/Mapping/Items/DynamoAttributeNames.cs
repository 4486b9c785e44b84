using System;
using System.ComponentModel;
using System.Text;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// The attribute names of one generated type (an entity or a nested type), by index: the generated reader and writer say
/// "attribute 3" and the runtime knows its name as text (for the dictionary), as UTF-8 (for DynamoDB JSON) and for
/// errors. The first <see cref="ReadCount"/> names are the ones the reader maps; the rest are only written (keys built
/// from templates, index keys, the discriminator, constants, computed members). For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DynamoAttributeNames
{
    private readonly string[] _names;
    private readonly byte[][] _utf8;

    /// <summary>Creates the table of a generated type.</summary>
    /// <param name="entity">The type's name, for errors.</param>
    /// <param name="readCount">How many of the names, from the first, the reader maps.</param>
    /// <param name="names">The attribute names, by index.</param>
    public DynamoAttributeNames(string entity, int readCount, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(names);
        if (readCount < 0 || readCount > names.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(readCount));
        }

        Entity = entity;
        ReadCount = readCount;
        _names = names;
        _utf8 = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
    }

    /// <summary>The type's name, as errors name it.</summary>
    public string Entity { get; }

    /// <summary>How many names, from the first, the reader maps.</summary>
    public int ReadCount { get; }

    /// <summary>How many names there are.</summary>
    public int Count => _names.Length;

    /// <summary>The attribute name at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The name.</returns>
    public string this[int index] => _names[index];

    internal ReadOnlySpan<byte> Utf8(int index) => _utf8[index];

    /// <summary>The index of the mapped name equal to the UTF-8 <paramref name="name"/>, trying <paramref name="hint"/> first; -1 when none.</summary>
    internal int Match(ReadOnlySpan<byte> name, int hint)
    {
        if ((uint)hint < (uint)ReadCount && name.SequenceEqual(_utf8[hint]))
        {
            return hint;
        }

        for (var i = 0; i < ReadCount; i++)
        {
            if (name.SequenceEqual(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
