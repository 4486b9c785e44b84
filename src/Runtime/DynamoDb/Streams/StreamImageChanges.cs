using System;
using System.Collections.Generic;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>Which attributes differ between the old and new image of a MODIFY record.</summary>
internal static class StreamImageChanges
{
    /// <summary>Attribute names added, removed or changed (sets compared without order, maps by name), ordinally sorted.</summary>
    public static IReadOnlyList<string> ChangedAttributes(IReadOnlyDictionary<string, AttributeValue> oldImage, IReadOnlyDictionary<string, AttributeValue> newImage)
    {
        var changed = new List<string>();
        var left = new StringBuilder();
        var right = new StringBuilder();
        foreach (var pair in newImage)
        {
            if (!oldImage.TryGetValue(pair.Key, out var before))
            {
                changed.Add(pair.Key);
                continue;
            }

            left.Clear();
            right.Clear();
            AttributeValueText.Append(left, before);
            AttributeValueText.Append(right, pair.Value);
            if (!left.Equals(right))
            {
                changed.Add(pair.Key);
            }
        }

        foreach (var name in oldImage.Keys)
        {
            if (!newImage.ContainsKey(name))
            {
                changed.Add(name);
            }
        }

        changed.Sort(StringComparer.Ordinal);
        return changed;
    }
}
