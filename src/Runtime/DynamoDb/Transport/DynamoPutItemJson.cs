using System;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>What a put does to the entity's version attribute.</summary>
internal enum DynamoPutVersion
{
    /// <summary>Written as the entity carries it (a batch put: no optimistic locking).</summary>
    AsIs,

    /// <summary>Version + 1, the stored version expected to be the entity's (a put).</summary>
    Advance,

    /// <summary>Version 1 (a create).</summary>
    Start,
}

/// <summary>
/// The item of a put on the HTTP transport, written as DynamoDB JSON straight from the entity
/// (<see cref="IDynamoEntity{TSelf}.WriteItemJson"/>) with what <c>BuildPut</c> does to the <c>ToItem</c> dictionary on
/// the SDK transport: validation first, created-at and updated-at stamped (<see cref="DynamoWriteLifecycle{TEntity}"/>),
/// the version advanced or started (<see cref="DynamoVersioning{TEntity}"/>), then DynamoDB's limits checked on the
/// written JSON (<see cref="DynamoItemJsonLimits"/>). Only the stamped and version attributes pass through an
/// <see cref="AttributeValue"/>; the rest of the item is copied as written.
/// </summary>
internal static class DynamoPutItemJson<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, MaxDepth = DynamoResponseJson.MaxDepth };
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = DynamoResponseJson.MaxDepth };

    /// <summary>
    /// Validates <paramref name="entity"/> (throwing <see cref="DynamoValidationException"/>) and writes its item into
    /// <paramref name="item"/>. Returns the version the table is expected to hold (null when not versioned or
    /// <see cref="DynamoPutVersion.AsIs"/>); <paramref name="refusal"/> is what breaks one of DynamoDB's limits, if
    /// anything (then <paramref name="item"/> is not to be sent or read), and <paramref name="size"/> the item's size as
    /// DynamoDB counts it.
    /// </summary>
    public static long? Write(DynamoDataContext context, TEntity entity, DynamoPutVersion version, PooledByteBuffer item, out DynamoInvalidRequestException? refusal, out long size)
    {
        DynamoWriteLifecycle<TEntity>.Validate(entity);
        var versionAttribute = version == DynamoPutVersion.AsIs ? null : DynamoVersioning<TEntity>.Attribute;
        long? expected = null;
        try
        {
            if (versionAttribute is null && !DynamoWriteLifecycle<TEntity>.StampsItem)
            {
                WriteEntity(entity, item);
            }
            else
            {
                using var written = new PooledByteBuffer();
                WriteEntity(entity, written);
                expected = Rewrite(context, written.WrittenSpan, versionAttribute, version, item);
            }
        }
        catch (InvalidOperationException) when (RefusedAsDictionary(context, entity) is { } deep)
        {
            // Nested deeper than the JSON writer goes (128 levels, a converter's value: DynamoDB stores 32): the
            // dictionary check names the attribute. The buffer holds a part of the item; nothing reads it.
            refusal = deep;
            size = 0;
            return null;
        }

        refusal = DynamoItemJsonLimits.FindInItem(TEntity.Metadata, item.WrittenSpan, out size);
        return expected;
    }

    private static DynamoInvalidRequestException? RefusedAsDictionary(DynamoDataContext context, TEntity entity)
    {
        var item = entity.ToItem();
        DynamoWriteLifecycle<TEntity>.StampItem(context, item);
        return DynamoItemLimits.FindInItem(TEntity.Metadata, item);
    }

    /// <summary>The entity as written (its new version and timestamps): what the put returns.</summary>
    public static TEntity Read(ReadOnlySpan<byte> item)
    {
        var reader = new Utf8JsonReader(item, ReaderOptions);
        reader.Read();
        return TEntity.FromItemJson(ref reader);
    }

    private static void WriteEntity(TEntity entity, PooledByteBuffer target)
    {
        using var writer = new Utf8JsonWriter(target, WriterOptions);
        entity.WriteItemJson(writer);
    }

    // Copies the item, replacing the version and timestamp attributes (in place, as the dictionary keeps their order)
    // and adding those the entity did not write (at the end: created-at, updated-at, version, as BuildPut adds them).
    private static long? Rewrite(DynamoDataContext context, ReadOnlySpan<byte> written, string? versionAttribute, DynamoPutVersion version, PooledByteBuffer target)
    {
        var lifecycle = TEntity.Lifecycle;
        var created = lifecycle?.CreatedAt;
        var updated = lifecycle?.UpdatedAt;
        var now = created is not null || updated is not null ? context.Options.TimeProvider.GetUtcNow() : default;
        long? expected = versionAttribute is null ? null : 0;
        bool createdSeen = false, updatedSeen = false, versionSeen = false;
        using var writer = new Utf8JsonWriter(target, WriterOptions);
        writer.WriteStartObject();
        var reader = new Utf8JsonReader(written, ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (versionAttribute is not null && reader.ValueTextEquals(versionAttribute))
            {
                versionSeen = true;
                reader.Read();
                var stored = DynamoItemJson.ReadValue(ref reader);
                expected = version == DynamoPutVersion.Start ? 0 : DynamoVersioning<TEntity>.ReadValue(stored);
                Write(writer, versionAttribute, DynamoVersioning<TEntity>.Number(expected.Value + 1));
            }
            else if (created is not null && reader.ValueTextEquals(created.AttributeName))
            {
                createdSeen = true;
                reader.Read();
                var stored = DynamoItemJson.ReadValue(ref reader);
                Write(writer, created.AttributeName, created.IsUnset(stored) && created.Write(now) is { } stamp ? stamp : stored);
            }
            else if (updated is not null && reader.ValueTextEquals(updated.AttributeName))
            {
                updatedSeen = true;
                reader.Read();
                var stored = DynamoItemJson.ReadValue(ref reader);
                Write(writer, updated.AttributeName, updated.Write(now) ?? stored);
            }
            else
            {
                // Copied as written: the name (escapes undone, the writer escapes again) and the value's raw JSON.
                if (reader.ValueIsEscaped)
                {
                    writer.WritePropertyName(reader.GetString()!);
                }
                else
                {
                    writer.WritePropertyName(reader.ValueSpan);
                }

                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                writer.WriteRawValue(written[start..(int)reader.BytesConsumed], skipInputValidation: true);
            }
        }

        if (created is not null && !createdSeen && created.Write(now) is { } createdNow)
        {
            Write(writer, created.AttributeName, createdNow);
        }

        if (updated is not null && !updatedSeen && updated.Write(now) is { } updatedNow)
        {
            Write(writer, updated.AttributeName, updatedNow);
        }

        if (versionAttribute is not null && !versionSeen)
        {
            Write(writer, versionAttribute, DynamoVersioning<TEntity>.Number(expected!.Value + 1));
        }

        writer.WriteEndObject();
        return expected;
    }

    private static void Write(Utf8JsonWriter writer, string attribute, AttributeValue value)
    {
        writer.WritePropertyName(attribute);
        DynamoItemJson.WriteValue(writer, value, attribute);
    }
}
