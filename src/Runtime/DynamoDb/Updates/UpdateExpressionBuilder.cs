using System.Collections.Generic;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Collects the clauses of an UpdateExpression by document path (an attribute, or a map entry inside one) and renders
/// them through a <see cref="DynamoExpressionContext"/>, every path segment aliased. One action per path, and no path
/// inside another: DynamoDB rejects overlapping paths.
/// </summary>
internal sealed class UpdateExpressionBuilder
{
    private readonly List<(string[] Path, string Kind, AttributeValue? Value)> _actions = new();
    private readonly HashSet<string> _attributes = new(System.StringComparer.Ordinal);

    public int Count => _actions.Count;

    /// <summary>A copy, so that a request can add its version step without changing the caller's builder.</summary>
    public UpdateExpressionBuilder Copy()
    {
        var copy = new UpdateExpressionBuilder();
        foreach (var action in _actions)
        {
            copy.Add(action.Path, action.Kind, action.Value);
        }

        return copy;
    }

    public IEnumerable<string> Attributes => _attributes;

    /// <summary>The actions added, in order: document path, kind (SET, REMOVE, ADD, DELETE, APPEND) and value.</summary>
    public IReadOnlyList<(string[] Path, string Kind, AttributeValue? Value)> Actions => _actions;

    public bool Contains(string attribute) => _attributes.Contains(attribute);

    /// <summary><c>SET #a = :v</c>.</summary>
    public void Set(string attribute, AttributeValue value) => Add([attribute], "SET", value);

    /// <summary><c>SET #a = if_not_exists(#a, :v)</c>: writes the value only where the attribute is absent.</summary>
    public void SetIfAbsent(string attribute, AttributeValue value) => Add([attribute], "SET_IF_ABSENT", value);

    /// <summary><c>REMOVE #a</c>.</summary>
    public void Remove(string attribute) => Add([attribute], "REMOVE", null);

    /// <summary><c>SET #a.#k = :v</c>: one entry of a map attribute.</summary>
    public void SetEntry(string attribute, string key, AttributeValue value) => Add([attribute, key], "SET", value);

    /// <summary><c>REMOVE #a.#k</c>: one entry of a map attribute.</summary>
    public void RemoveEntry(string attribute, string key) => Add([attribute, key], "REMOVE", null);

    /// <summary><c>ADD #a :v</c> (number increment or set union; creates the attribute when absent).</summary>
    public void AddValue(string attribute, AttributeValue value) => Add([attribute], "ADD", value);

    /// <summary><c>DELETE #a :v</c> (set difference).</summary>
    public void DeleteFromSet(string attribute, AttributeValue value) => Add([attribute], "DELETE", value);

    /// <summary><c>SET #a = list_append(if_not_exists(#a, :empty), :v)</c>.</summary>
    public void AppendToList(string attribute, AttributeValue value) => Add([attribute], "APPEND", value);

    public string Render(DynamoExpressionContext context)
    {
        var set = new List<string>();
        var remove = new List<string>();
        var add = new List<string>();
        var delete = new List<string>();
        foreach (var (path, kind, value) in _actions)
        {
            var name = Path(context, path);
            switch (kind)
            {
                case "SET":
                    set.Add(name + " = " + context.Value(value!));
                    break;
                case "SET_IF_ABSENT":
                    set.Add(name + " = if_not_exists(" + name + ", " + context.Value(value!) + ")");
                    break;
                case "APPEND":
                    var empty = context.Value(new AttributeValue { L = new List<AttributeValue>() });
                    set.Add(name + " = list_append(if_not_exists(" + name + ", " + empty + "), " + context.Value(value!) + ")");
                    break;
                case "REMOVE":
                    remove.Add(name);
                    break;
                case "ADD":
                    add.Add(name + " " + context.Value(value!));
                    break;
                default:
                    delete.Add(name + " " + context.Value(value!));
                    break;
            }
        }

        var text = new StringBuilder();
        Clause(text, "SET", set);
        Clause(text, "REMOVE", remove);
        Clause(text, "ADD", add);
        Clause(text, "DELETE", delete);
        return text.ToString();
    }

    private static string Path(DynamoExpressionContext context, string[] path)
    {
        var name = context.Name(path[0]);
        for (var i = 1; i < path.Length; i++)
        {
            name += "." + context.Name(path[i]);
        }

        return name;
    }

    private void Add(string[] path, string kind, AttributeValue? value)
    {
        // A whole attribute and an entry inside it overlap; two entries of one map do not.
        var attribute = path[0];
        var whole = path.Length == 1;
        foreach (var (other, _, _) in _actions)
        {
            if (string.Equals(other[0], attribute, System.StringComparison.Ordinal)
                && (whole || other.Length == 1 || string.Equals(other[1], path[1], System.StringComparison.Ordinal)))
            {
                throw new System.ArgumentException(
                    whole || other.Length == 1
                        ? $"Attribute '{attribute}' is updated twice in one update; DynamoDB allows one action per attribute (a whole map and one of its entries overlap)."
                        : $"An entry of map attribute '{attribute}' is updated twice in one update; DynamoDB allows one action per entry.",
                    nameof(path));
            }
        }

        _attributes.Add(attribute);
        _actions.Add((path, kind, value));
    }

    private static void Clause(StringBuilder text, string keyword, List<string> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        text.Append(text.Length == 0 ? string.Empty : " ").Append(keyword).Append(' ').Append(string.Join(", ", parts));
    }
}
