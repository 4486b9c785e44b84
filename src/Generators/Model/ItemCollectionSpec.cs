using Boto3Assist.Generators.Common;

namespace Boto3Assist.Generators.Model
{
    /// <summary>A child entity of an item collection.</summary>
    /// <param name="TypeName">The child, <c>global::</c>-qualified.</param>
    /// <param name="Name">Its type name.</param>
    /// <param name="PropertyName">The list property on the result (<c>Orders</c>).</param>
    internal sealed record ItemCollectionChildSpec(string TypeName, string Name, string PropertyName);

    /// <summary>A <c>[DynamoItemCollection]</c> of a parent entity.</summary>
    /// <param name="Name">The result type and <c>Get{Name}Async</c>.</param>
    /// <param name="IndexName">The index holding it, or null for the table.</param>
    /// <param name="PartitionKeyBuilder">The parent's partition key builder for that partition (<c>Keys.PartitionKey</c>, <c>Keys.Gsi1.PartitionKey</c>).</param>
    /// <param name="Parameters">The partition key's parameters.</param>
    /// <param name="Children">The children, in declaration order.</param>
    internal sealed record ItemCollectionSpec(string Name, string? IndexName, string PartitionKeyBuilder, EquatableArray<KeyParameterSpec> Parameters, EquatableArray<ItemCollectionChildSpec> Children);
}
