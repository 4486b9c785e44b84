using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>What the generator knows of an entity, exposed through <see cref="IDynamoEntity{TSelf}.Metadata"/>.</summary>
/// <param name="EntityName">The CLR type name.</param>
/// <param name="EntityType">The discriminator value written to items, or <see langword="null"/> when turned off.</param>
/// <param name="DiscriminatorAttribute">The discriminator attribute name, or <see langword="null"/> when turned off.</param>
/// <param name="Table">The table shape.</param>
/// <param name="Members">The mapped members.</param>
/// <param name="VersionAttribute">The optimistic-locking version attribute, if any.</param>
/// <param name="SchemaVersion">
/// The entity's <see cref="SchemaVersionAttribute">schema version</see> (the version of its stored shape), or
/// <see langword="null"/> when it is not versioned.
/// </param>
/// <param name="SchemaVersionAttribute">The attribute that stores the schema version, or <see langword="null"/> when it is not versioned.</param>
public sealed record DynamoEntityMetadata(
    string EntityName,
    string? EntityType,
    string? DiscriminatorAttribute,
    DynamoTableDefinition Table,
    IReadOnlyList<DynamoMemberDefinition> Members,
    string? VersionAttribute,
    int? SchemaVersion = null,
    string? SchemaVersionAttribute = null)
{
    /// <summary>
    /// For a polymorphic base (a class with <see cref="DynamoDerivedTypeAttribute"/>s): the discriminator values of its
    /// derived entities, which typed reads of the base accept; <see langword="null"/> for an entity (whose own
    /// <see cref="EntityType"/> is the one accepted).
    /// </summary>
    public IReadOnlyList<string>? DerivedEntityTypes { get; init; }
}
