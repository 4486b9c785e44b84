using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Which attributes a read returns. The table and index key attributes, the discriminator and the version are always
/// added, so the result can still be told apart and written back; the entity must be able to map the items read
/// (members it requires must be projected, or it throws <see cref="DynamoMappingException"/>).
/// </summary>
/// <typeparam name="TEntity">The entity read.</typeparam>
public sealed class DynamoProjection<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private readonly List<string> _attributes;

    private DynamoProjection(List<string> attributes) => _attributes = attributes;

    /// <summary>The attributes requested (key and bookkeeping attributes are added when rendering).</summary>
    public IReadOnlyList<string> Attributes => _attributes;

    /// <summary>A projection of the members named (C# member names, e.g. <c>Order.Fields.Status.MemberName</c>).</summary>
    /// <param name="memberNames">The members.</param>
    /// <returns>The projection.</returns>
    public static DynamoProjection<TEntity> Members(params string[] memberNames)
    {
        ArgumentNullException.ThrowIfNull(memberNames);
        var metadata = TEntity.Metadata;
        var attributes = new List<string>();
        foreach (var memberName in memberNames)
        {
            var member = metadata.Members.FirstOrDefault(m => string.Equals(m.MemberName, memberName, StringComparison.Ordinal))
                ?? throw new DynamoInvalidRequestException(metadata.EntityName, memberName, "no such mapped member; expected one of: " + string.Join(", ", metadata.Members.Select(m => m.MemberName)) + ".");
            attributes.Add(member.AttributeName);
        }

        return new DynamoProjection<TEntity>(attributes);
    }

    /// <summary>A projection of attributes by name (for key and index attributes, or attributes no member maps).</summary>
    /// <param name="attributeNames">The attribute names.</param>
    /// <returns>The projection.</returns>
    public static DynamoProjection<TEntity> AttributeNames(params string[] attributeNames)
    {
        ArgumentNullException.ThrowIfNull(attributeNames);
        return new DynamoProjection<TEntity>(attributeNames.ToList());
    }

    internal string Render(DynamoExpressionContext context)
    {
        var metadata = TEntity.Metadata;
        var all = new List<string>(_attributes);
        all.Add(metadata.Table.PartitionKey.AttributeName);
        if (metadata.Table.SortKey is { } sortKey)
        {
            all.Add(sortKey.AttributeName);
        }

        foreach (var index in metadata.Table.Indexes)
        {
            all.Add(index.PartitionKey.AttributeName);
            if (index.SortKey is { } indexSort)
            {
                all.Add(indexSort.AttributeName);
            }
        }

        if (metadata.DiscriminatorAttribute is { } discriminator)
        {
            all.Add(discriminator);
        }

        if (metadata.VersionAttribute is { } version)
        {
            all.Add(version);
        }

        return string.Join(", ", all.Distinct(StringComparer.Ordinal).Select(context.Name));
    }
}
