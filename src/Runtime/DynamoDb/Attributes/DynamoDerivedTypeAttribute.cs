using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Declares, on a base class, an entity derived from it that is read through the base: <c>Repository&lt;Animal&gt;()</c>
/// gets, queries, scans, batch gets and transactional gets return a <c>Dog</c> or a <c>Cat</c> by the item's stored
/// discriminator (the derived entity's own <see cref="DynamoTableAttribute.EntityType"/>), and writes through the base
/// write the derived item. Modelled on System.Text.Json's <c>[JsonDerivedType]</c>: one attribute per derived type,
/// on the base, so the set of types is closed and the generated <c>Match</c>/<c>Switch</c> are exhaustive.
/// </summary>
/// <remarks>
/// The base is a <c>partial</c> class without <c>[DynamoTable]</c>; each derived type is a <c>[DynamoTable]</c> entity
/// on the same table with the same key attribute names and discriminator attribute (rule B3A0016 reports a hierarchy
/// that breaks this). See docs/repositories.md, "Several entity types read through one base".
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class DynamoDerivedTypeAttribute : Attribute
{
    /// <summary>Declares <paramref name="derivedType"/> as read and written through this base.</summary>
    /// <param name="derivedType">A <c>[DynamoTable]</c> entity deriving from the class this attribute is on.</param>
    public DynamoDerivedTypeAttribute(Type derivedType) => DerivedType = derivedType;

    /// <summary>The derived entity.</summary>
    public Type DerivedType { get; }

    /// <summary>
    /// Items with no discriminator at all (a table adopted from another tool) are read as this type. At most one
    /// derived type is the default; without one, such an item is a <see cref="DynamoUnknownEntityTypeException"/>.
    /// </summary>
    public bool IsDefault { get; set; }
}
