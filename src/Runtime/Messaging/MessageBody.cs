using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Boto3Assist.Messaging;

/// <summary>
/// Deserializes message bodies with source-generated metadata, strictly: a body that is not JSON, that names one
/// property twice in an object, that does not fit the type, or that leaves a non-nullable member null (as <c>{}</c>
/// does) becomes a <see cref="MessageBodyException"/>, so the message fails and goes the dead-letter way instead of
/// reaching the handler half-filled. The reason names the JSON path and position only: System.Text.Json's own
/// messages quote the body (<c>'not json S' is an invalid JSON literal</c>), so they are attached as the inner
/// exception only when the user opted in to content in logs.
/// </summary>
internal static class MessageBody
{
    /// <summary>Nested objects deeper than this are not checked for null members (the JSON reader's own limit is 64).</summary>
    private const int MaxCheckedDepth = 32;

    public static T Deserialize<T>(string body, JsonTypeInfo<T> typeInfo, string messageId, bool includeContent)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        string? duplicate;
        try
        {
            duplicate = FindDuplicateProperty(utf8);
        }
        catch (JsonException ex)
        {
            throw Refused<T>(messageId, "not valid JSON", ex, includeContent);
        }

        if (duplicate is not null)
        {
            throw new MessageBodyException(typeof(T), messageId, $"property {duplicate} appears twice in one object", jsonPath: duplicate);
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(utf8, typeInfo);
        }
        catch (JsonException ex)
        {
            throw Refused<T>(messageId, "does not fit the type", ex, includeContent);
        }

        if (value is null && !typeof(T).IsValueType)
        {
            throw new MessageBodyException(typeof(T), messageId, "the body is JSON null.", jsonPath: "$");
        }

        if (FindNullNonNullableMember(value, typeInfo, "$", 0) is { } member)
        {
            throw new MessageBodyException(typeof(T), messageId, $"{member.Path} is null or missing, but '{member.Name}' is not nullable", jsonPath: member.Path);
        }

        return value!;
    }

    // The reason from the JSON error's path and position only: its message may quote the body.
    private static MessageBodyException Refused<T>(string messageId, string what, JsonException error, bool includeContent)
    {
        var path = error.Path ?? "$";
        var where = error.LineNumber is { } line ? $" (line {line + 1}, byte offset {error.BytePositionInLine ?? 0})" : string.Empty;
        return new MessageBodyException(typeof(T), messageId, $"{what} at {path}{where}", includeContent ? error : null, path);
    }

    /// <summary>The JSON path of the first property named twice in one object, or null. Also throws on invalid JSON.</summary>
    private static string? FindDuplicateProperty(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var scopes = new Stack<Scope>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = scopes.Count == 0 ? "$" : scopes.Peek().ChildPath();
                    scopes.Push(new Scope(path, reader.TokenType == JsonTokenType.StartObject));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    scopes.Pop();
                    if (scopes.Count > 0)
                    {
                        scopes.Peek().ValueDone();
                    }

                    break;
                case JsonTokenType.PropertyName:
                    var scope = scopes.Peek();
                    if (!scope.AddName(reader.GetString()!))
                    {
                        return scope.ChildPath();
                    }

                    break;
                default:
                    if (scopes.Count > 0)
                    {
                        scopes.Peek().ValueDone();
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>The first member whose type says it cannot be null but whose value is null, searched through nested objects.</summary>
    private static (string Path, string Name)? FindNullNonNullableMember(object? value, JsonTypeInfo typeInfo, string path, int depth)
    {
#if NET9_0_OR_GREATER
        if (value is null || typeInfo.Kind != JsonTypeInfoKind.Object || depth > MaxCheckedDepth)
        {
            return null;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Get is null || property.PropertyType.IsValueType)
            {
                continue;
            }

            var memberPath = path + "." + property.Name;
            var member = property.Get(value);
            if (member is null)
            {
                if (!property.IsSetNullable)
                {
                    return (memberPath, property.Name);
                }

                continue;
            }

            if (typeInfo.Options.TryGetTypeInfo(property.PropertyType, out var nested) && FindNullNonNullableMember(member, nested, memberPath, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
#else
        // Nullability metadata (JsonPropertyInfo.IsSetNullable) exists from .NET 9: on .NET 8 nothing is checked.
        _ = value;
        _ = typeInfo;
        _ = path;
        _ = depth;
        return null;
#endif
    }

    /// <summary>An object or array being read: its path, the names seen (objects) or the next index (arrays).</summary>
    private sealed class Scope(string path, bool isObject)
    {
        private readonly HashSet<string>? _names = isObject ? new HashSet<string>(StringComparer.Ordinal) : null;
        private string? _currentName;
        private int _index;

        public bool AddName(string name)
        {
            _currentName = name;
            return _names!.Add(name);
        }

        public string ChildPath() => isObject ? path + "." + _currentName : $"{path}[{_index}]";

        public void ValueDone()
        {
            if (!isObject)
            {
                _index++;
            }
        }
    }
}
