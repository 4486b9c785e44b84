using System;
using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// An item read through a polymorphic base (a class with <see cref="DynamoDerivedTypeAttribute"/>s) has a discriminator
/// that names none of its derived types, or has no discriminator and the base declares no default type. The message
/// names the base, the stored type name and the known ones; the item's key is a property only (keys may hold user data).
/// </summary>
public sealed class DynamoUnknownEntityTypeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="baseEntity">The base (CLR type) read through.</param>
    /// <param name="storedType">The discriminator value stored in the item; <see langword="null"/> when it has none.</param>
    /// <param name="discriminatorAttribute">The discriminator attribute.</param>
    /// <param name="knownTypes">The discriminator values of the base's derived types.</param>
    /// <param name="key">The item's key, as text (not part of the message).</param>
    public DynamoUnknownEntityTypeException(string baseEntity, string? storedType, string discriminatorAttribute, IReadOnlyList<string> knownTypes, string key)
        : base(Describe(baseEntity, storedType, discriminatorAttribute, knownTypes))
    {
        BaseEntity = baseEntity;
        StoredType = storedType;
        DiscriminatorAttribute = discriminatorAttribute;
        KnownTypes = knownTypes;
        Key = key;
    }

    /// <summary>The base (CLR type) read through.</summary>
    public string BaseEntity { get; }

    /// <summary>The discriminator value stored in the item; <see langword="null"/> when the item has none.</summary>
    public string? StoredType { get; }

    /// <summary>The discriminator attribute.</summary>
    public string DiscriminatorAttribute { get; }

    /// <summary>The discriminator values of the base's derived types.</summary>
    public IReadOnlyList<string> KnownTypes { get; }

    /// <summary>The item's key, as text.</summary>
    public string Key { get; }

    private static string Describe(string baseEntity, string? storedType, string discriminatorAttribute, IReadOnlyList<string> knownTypes)
    {
        var known = string.Join(", ", knownTypes);
        return storedType is null
            ? $"The item read as {baseEntity} has no discriminator '{discriminatorAttribute}' and {baseEntity} declares no default type; expected one of: {known} (or mark one [DynamoDerivedType(..., IsDefault = true)])."
            : $"The item read as {baseEntity} is of type '{storedType}' (discriminator '{discriminatorAttribute}'), which is none of {baseEntity}'s derived types: {known}. Add [DynamoDerivedType(typeof(...))] for it, or skip it with OnlyThisEntityType.";
    }
}
