using System;
using System.ComponentModel;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Counts the maps and lists the readers and writers are inside, on this thread, and refuses one more than DynamoDB
/// stores before descending into it: an item is 32 levels at most, the item itself and 31 nested <c>M</c> or <c>L</c>
/// values (sets do not count; measured against DynamoDB Local, which refuses the 32nd with "Nesting Levels have
/// exceeded supported limits"). A recursive type nested deeper, or a hostile item, then gives a
/// <see cref="DynamoMappingException"/> instead of a stack overflow that ends the process.
/// </summary>
/// <remarks>
/// Every nested value of generated code goes through <see cref="AttributeValueReader"/> and
/// <see cref="AttributeValueWriter"/> (<c>Object</c>, <c>List</c>, <c>Array</c>, <c>Map</c>), which enter a level
/// here. Mapping is synchronous, so a thread-static count follows one <c>ToItem</c> or <c>FromItem</c> call. Meant for
/// generated code and for converters that build nested maps or lists themselves.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NestingDepth
{
    /// <summary>The most maps and lists nested inside an item (DynamoDB's 32 levels, less the item's own).</summary>
    public const int MaxNestedContainers = 31;

    [ThreadStatic]
    private static int t_depth;

    /// <summary>
    /// Enters one more map or list. Dispose the result when leaving it (<c>using var level = ...</c>).
    /// </summary>
    /// <remarks>For generated code and converters that build nested maps or lists themselves.</remarks>
    /// <param name="entity">The entity name, for the error.</param>
    /// <param name="attribute">The attribute path, for the error.</param>
    /// <returns>The level, to dispose when leaving it.</returns>
    /// <exception cref="DynamoMappingException">The value would be nested deeper than DynamoDB stores.</exception>
    public static Level Enter(string entity, string attribute)
    {
        if (t_depth >= MaxNestedContainers)
        {
            throw new DynamoMappingException(
                entity,
                attribute,
                $"at most {MaxNestedContainers} maps or lists nested in an item (DynamoDB stores 32 levels)",
                "a map or list nested deeper");
        }

        t_depth++;
        return default;
    }

    /// <summary>One level entered with <see cref="Enter"/>; disposing it leaves the level.</summary>
    public readonly struct Level : IDisposable
    {
        /// <summary>Leaves the level.</summary>
        public void Dispose() => t_depth--;
    }
}
