using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// One <see cref="SchemaUpgradeAttribute">upgrade step</see> of a versioned entity: the user's method that changes a
/// stored item of <see cref="FromVersion"/> into the shape of the next version.
/// </summary>
/// <param name="FromVersion">The version of the items the step reads.</param>
/// <param name="Name">The method's name (for errors).</param>
/// <param name="Run">The method.</param>
/// <remarks>For generated code only; its members may change with the generator.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record DynamoSchemaUpgradeStep(int FromVersion, string Name, Action<Dictionary<string, AttributeValue>> Run);

/// <summary>
/// The schema version of a <see cref="SchemaVersionAttribute">versioned</see> entity and its upgrade steps, held by the
/// generated code: <c>FromItem</c> passes every item through <see cref="Upgrade"/> before mapping it.
/// </summary>
/// <remarks>
/// <para>
/// For generated code only: it is public because the code generated into the user's assembly calls it, and hidden
/// from IntelliSense. Its members may change with the generator.
/// </para>
/// <para>
/// An item without the version attribute (or with NULL) is version 1: it was written before the entity had a version.
/// An item of a version above the entity's was written by newer code (a rolling deploy): it is read as it is, attributes
/// the entity does not know are ignored. A step that throws becomes a <see cref="DynamoMappingException"/> that names the
/// entity, the step and the version it upgrades from, with the step's exception inside; never the item's values.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DynamoSchemaUpgrades
{
    // Indexed by FromVersion - 1; null where the entity declares no step (analyzer warning B3A5007): the item passes unchanged.
    private readonly DynamoSchemaUpgradeStep?[] _steps;

    /// <summary>Creates the upgrades of one entity.</summary>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attributeName">The attribute that stores the version.</param>
    /// <param name="currentVersion">The entity's version (1 or more).</param>
    /// <param name="steps">The steps, each with a distinct <see cref="DynamoSchemaUpgradeStep.FromVersion"/> in 1 to <paramref name="currentVersion"/> - 1.</param>
    public DynamoSchemaUpgrades(string entity, string attributeName, int currentVersion, IReadOnlyList<DynamoSchemaUpgradeStep> steps)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(attributeName);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentOutOfRangeException.ThrowIfLessThan(currentVersion, 1);
        Entity = entity;
        AttributeName = attributeName;
        CurrentVersion = currentVersion;
        _steps = new DynamoSchemaUpgradeStep?[currentVersion - 1];
        foreach (var step in steps)
        {
            if (step.FromVersion < 1 || step.FromVersion >= currentVersion || _steps[step.FromVersion - 1] is not null)
            {
                throw new ArgumentException($"The upgrade step '{step.Name}' of '{entity}' is from version {step.FromVersion}: steps are from 1 to {currentVersion - 1}, one per version.", nameof(steps));
            }

            _steps[step.FromVersion - 1] = step;
        }
    }

    /// <summary>The entity name.</summary>
    public string Entity { get; }

    /// <summary>The attribute that stores the version.</summary>
    public string AttributeName { get; }

    /// <summary>The entity's current version.</summary>
    public int CurrentVersion { get; }

    /// <summary>The version attribute's value for items written now (<c>{"N":"3"}</c>), a new instance each call.</summary>
    /// <returns>The value.</returns>
    public AttributeValue CurrentVersionValue() => new() { N = CurrentVersion.ToString(CultureInfo.InvariantCulture) };

    /// <summary>
    /// The version <paramref name="item"/> was written with: its version attribute, or 1 when it has none (or NULL).
    /// A value that is not a whole number of 1 or more is a <see cref="DynamoMappingException"/>.
    /// </summary>
    /// <param name="item">The stored item.</param>
    /// <returns>The stored version.</returns>
    public int StoredVersion(IReadOnlyDictionary<string, AttributeValue> item) => StoredVersion(item, Entity, AttributeName);

    /// <summary>The version <paramref name="item"/> was written with, read from <paramref name="attributeName"/> (the migrator reads it from the metadata).</summary>
    internal static int StoredVersion(IReadOnlyDictionary<string, AttributeValue> item, string entity, string attributeName)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.TryGetValue(attributeName, out var value) || value is null || value.NULL == true)
        {
            return 1;
        }

        var version = AttributeValueReader.Number<int>(value, entity, attributeName);
        return version >= 1 ? version : throw new DynamoMappingException(entity, attributeName, "a schema version of 1 or more", "a version below 1");
    }

    /// <summary>
    /// <paramref name="item"/> itself when it is of the current version or newer; otherwise a copy changed by the steps
    /// from its version up, in order (the item passed is not changed).
    /// </summary>
    /// <param name="item">The stored item.</param>
    /// <returns>The item in the current shape.</returns>
    public IReadOnlyDictionary<string, AttributeValue> Upgrade(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var version = StoredVersion(item);
        if (version >= CurrentVersion)
        {
            return item;
        }

        // A shallow copy: steps add, remove and replace attributes (the documented way), the caller's item stays as read.
        var upgraded = new Dictionary<string, AttributeValue>(item.Count + 1, StringComparer.Ordinal);
        foreach (var attribute in item)
        {
            upgraded[attribute.Key] = attribute.Value;
        }

        for (var from = version; from < CurrentVersion; from++)
        {
            if (_steps[from - 1] is not { } step)
            {
                continue;
            }

            try
            {
                step.Run(upgraded);
            }
            catch (Exception error)
            {
                throw new DynamoMappingException(
                    Entity,
                    AttributeName,
                    $"the item upgraded from schema version {from.ToString(CultureInfo.InvariantCulture)} to {(from + 1).ToString(CultureInfo.InvariantCulture)} by the step '{step.Name}'",
                    $"the step threw {error.GetType().Name}",
                    error);
            }
        }

        upgraded[AttributeName] = CurrentVersionValue();
        return upgraded;
    }

    /// <summary>
    /// Reads a whole item of DynamoDB JSON (the reader is on its <c>{</c> and is left on its <c>}</c>): the generated
    /// <c>FromItemJson</c> re-reads an item of an older version with it from a copy of its reader, and maps it through
    /// <c>FromItem</c>, which upgrades it.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The item.</returns>
    public Dictionary<string, AttributeValue> ReadItem(ref Utf8JsonReader reader)
    {
        try
        {
            return DynamoItemJson.ReadItem(ref reader);
        }
        catch (DynamoJsonFormatException error)
        {
            throw new DynamoMappingException(Entity, AttributeName, "an item in DynamoDB JSON", "malformed JSON", error);
        }
    }
}
