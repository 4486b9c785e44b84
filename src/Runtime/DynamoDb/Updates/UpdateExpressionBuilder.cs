using System.Collections.Generic;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Collects the clauses of an UpdateExpression by attribute name and renders them through a
/// <see cref="DynamoExpressionContext"/>. One action per attribute: DynamoDB rejects two actions on one path.
/// </summary>
internal sealed class UpdateExpressionBuilder
{
    private readonly List<(string Attribute, string Kind, AttributeValue? Value)> _actions = new();
    private readonly HashSet<string> _attributes = new(System.StringComparer.Ordinal);

    public int Count => _actions.Count;

    /// <summary>A copy, so that a request can add its version step without changing the caller's builder.</summary>
    public UpdateExpressionBuilder Copy()
    {
        var copy = new UpdateExpressionBuilder();
        foreach (var action in _actions)
        {
            copy.Add(action.Attribute, action.Kind, action.Value);
        }

        return copy;
    }

    public IEnumerable<string> Attributes => _attributes;

    public bool Contains(string attribute) => _attributes.Contains(attribute);

    /// <summary><c>SET #a = :v</c>.</summary>
    public void Set(string attribute, AttributeValue value) => Add(attribute, "SET", value);

    /// <summary><c>REMOVE #a</c>.</summary>
    public void Remove(string attribute) => Add(attribute, "REMOVE", null);

    /// <summary><c>ADD #a :v</c> (number increment or set union; creates the attribute when absent).</summary>
    public void AddValue(string attribute, AttributeValue value) => Add(attribute, "ADD", value);

    /// <summary><c>DELETE #a :v</c> (set difference).</summary>
    public void DeleteFromSet(string attribute, AttributeValue value) => Add(attribute, "DELETE", value);

    /// <summary><c>SET #a = list_append(if_not_exists(#a, :empty), :v)</c>.</summary>
    public void AppendToList(string attribute, AttributeValue value) => Add(attribute, "APPEND", value);

    public string Render(DynamoExpressionContext context)
    {
        var set = new List<string>();
        var remove = new List<string>();
        var add = new List<string>();
        var delete = new List<string>();
        foreach (var (attribute, kind, value) in _actions)
        {
            var name = context.Name(attribute);
            switch (kind)
            {
                case "SET":
                    set.Add(name + " = " + context.Value(value!));
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

    private void Add(string attribute, string kind, AttributeValue? value)
    {
        if (!_attributes.Add(attribute))
        {
            throw new System.ArgumentException($"Attribute '{attribute}' is updated twice in one update; DynamoDB allows one action per attribute.", nameof(attribute));
        }

        _actions.Add((attribute, kind, value));
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
