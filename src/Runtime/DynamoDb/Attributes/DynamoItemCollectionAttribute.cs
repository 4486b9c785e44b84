using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Declares, on a parent entity, an item collection: the parent and its children stored in one partition of the table
/// (or of the index <see cref="IndexName"/>), such as a customer and its orders. The generator emits a loader on the
/// parent's repository that reads the parent with its children in one query, one page at a time, into a typed result,
/// and a bounded delete of the parent with its children:
/// <code>
/// [DynamoItemCollection("CustomerWithOrders", typeof(Order))]
/// // customers.GetCustomerWithOrdersAsync(username, limit: 10, descending: true) -> CustomerWithOrders { Customer, Orders, ContinuationToken }
/// // customers.DeleteCustomerWithOrdersAsync(username, maxItems: 1000)
/// </code>
/// </summary>
/// <remarks>
/// The children are <c>[DynamoTable]</c> entities on the parent's table whose partition key (on the table, or on the
/// index) has the parent's template shape, so one partition value names the whole collection. The parent sorts first in
/// the direction read (DeBrie's designs order their sort keys so). See docs/queries.md, "Generated collection loaders".
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class DynamoItemCollectionAttribute : Attribute
{
    /// <summary>Declares the collection <paramref name="name"/> of this entity and <paramref name="children"/>.</summary>
    /// <param name="name">The collection's name: the result type, and the loader <c>Get{Name}Async</c> (a C# identifier).</param>
    /// <param name="children">The child entities stored in the parent's partition.</param>
    public DynamoItemCollectionAttribute(string name, params Type[] children)
    {
        Name = name;
        Children = children;
    }

    /// <summary>The collection's name.</summary>
    public string Name { get; }

    /// <summary>The child entities.</summary>
    public Type[] Children { get; }

    /// <summary>The index whose partition holds the collection (the parent's and the children's GSI or LSI); the table when <see langword="null"/>.</summary>
    public string? IndexName { get; set; }
}
