using System.Collections.Generic;
using System.Globalization;

namespace Boto3Assist.Shared.Model.Schema
{
    /// <summary>One difference between the shape in dynamo-schema.json and the model's shape now.</summary>
    internal sealed class SchemaChange
    {
        public SchemaChange(string description, bool isBreaking, string? member = null, string? keySlot = null)
        {
            Description = description;
            IsBreaking = isBreaking;
            Member = member;
            KeySlot = keySlot;
        }

        /// <summary>What changed: "attribute 'total' changed from N to S".</summary>
        public string Description { get; }

        /// <summary>Items stored under the old shape cannot be read (or found by their keys) under the new one.</summary>
        public bool IsBreaking { get; }

        /// <summary>The C# member of the current model the change is about, if it still exists.</summary>
        public string? Member { get; }

        /// <summary>The <see cref="StoredKey.Slot"/> of the key the change is about.</summary>
        public string? KeySlot { get; }

        /// <summary>Whether the change is a key's (items must be rewritten under their new keys: the reindexer).</summary>
        public bool IsKeyChange => KeySlot is not null;

        /// <summary>
        /// Every difference from <paramref name="stored"/> (the file) to <paramref name="current"/> (the model). Breaking:
        /// a stored attribute removed or renamed, retyped, newly required on read; a table key added, removed or changed
        /// (attribute, type, template); an index key changed; the table, discriminator or schema version attribute changed;
        /// the version lowered. Not breaking: an optional attribute added, a requirement dropped, an index added or
        /// removed, the TTL attribute changed, the version raised.
        /// </summary>
        public static List<SchemaChange> Compare(StoredShape stored, StoredShape current)
        {
            var changes = new List<SchemaChange>();
            if (!string.Equals(stored.Table, current.Table, System.StringComparison.Ordinal))
            {
                changes.Add(new SchemaChange("table changed from " + Quote(stored.Table) + " to " + Quote(current.Table), isBreaking: true));
            }

            // The value counts only where it is written: an entity without a discriminator may change its name freely.
            if (!string.Equals(stored.DiscriminatorAttribute, current.DiscriminatorAttribute, System.StringComparison.Ordinal)
                || (current.DiscriminatorAttribute is not null && !string.Equals(stored.DiscriminatorValue, current.DiscriminatorValue, System.StringComparison.Ordinal)))
            {
                changes.Add(new SchemaChange("discriminator changed from " + Discriminator(stored) + " to " + Discriminator(current), isBreaking: true));
            }

            if (stored.SchemaVersionAttribute is not null && current.SchemaVersionAttribute is not null
                && !string.Equals(stored.SchemaVersionAttribute, current.SchemaVersionAttribute, System.StringComparison.Ordinal))
            {
                changes.Add(new SchemaChange("schema version attribute changed from " + Quote(stored.SchemaVersionAttribute) + " to " + Quote(current.SchemaVersionAttribute), isBreaking: true));
            }

            if (current.SchemaVersion != stored.SchemaVersion)
            {
                var lowered = current.SchemaVersion < stored.SchemaVersion;
                changes.Add(new SchemaChange(
                    "schema version " + (lowered ? "lowered" : "raised") + " from " + stored.SchemaVersion.ToString(CultureInfo.InvariantCulture) + " to " + current.SchemaVersion.ToString(CultureInfo.InvariantCulture),
                    isBreaking: lowered));
            }

            CompareKeys(stored, current, changes);
            if (!string.Equals(stored.TtlAttribute, current.TtlAttribute, System.StringComparison.Ordinal))
            {
                changes.Add(new SchemaChange("TTL attribute changed from " + Quote(stored.TtlAttribute) + " to " + Quote(current.TtlAttribute), isBreaking: false));
            }

            CompareAttributes(stored, current, changes);
            return changes;
        }

        private static void CompareKeys(StoredShape stored, StoredShape current, List<SchemaChange> changes)
        {
            var now = new Dictionary<string, StoredKey>(System.StringComparer.Ordinal);
            foreach (var key in current.Keys)
            {
                now[key.Slot] = key;
            }

            var before = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var old in stored.Keys)
            {
                before.Add(old.Slot);
                if (!now.TryGetValue(old.Slot, out var key))
                {
                    // Items keep a removed index's attributes harmlessly; a removed table key changes every item's identity.
                    changes.Add(new SchemaChange(old.Description + " '" + old.Attribute + "' was removed", isBreaking: old.IsTableKey));
                    continue;
                }

                if (!string.Equals(old.Attribute, key.Attribute, System.StringComparison.Ordinal))
                {
                    changes.Add(new SchemaChange(key.Description + " attribute changed from '" + old.Attribute + "' to '" + key.Attribute + "'", isBreaking: true, keySlot: key.Slot));
                }

                if (!string.Equals(old.Type, key.Type, System.StringComparison.Ordinal))
                {
                    changes.Add(new SchemaChange(key.Description + " '" + key.Attribute + "' changed from " + old.Type + " to " + key.Type, isBreaking: true, keySlot: key.Slot));
                }

                if (!string.Equals(old.Template, key.Template, System.StringComparison.Ordinal))
                {
                    changes.Add(new SchemaChange(key.Description + " template changed from " + Quote(old.Template) + " to " + Quote(key.Template), isBreaking: true, keySlot: key.Slot));
                }
            }

            foreach (var key in current.Keys)
            {
                if (!before.Contains(key.Slot))
                {
                    // A new index is filled as items are written (or by the reindexer); a new table key changes every item's identity.
                    changes.Add(new SchemaChange(key.Description + " '" + key.Attribute + "' was added", isBreaking: key.IsTableKey, keySlot: key.Slot));
                }
            }
        }

        private static void CompareAttributes(StoredShape stored, StoredShape current, List<SchemaChange> changes)
        {
            var now = new Dictionary<string, StoredAttribute>(System.StringComparer.Ordinal);
            foreach (var attribute in current.Attributes)
            {
                now[attribute.Path] = attribute;
            }

            var before = new HashSet<string>(System.StringComparer.Ordinal);
            var removed = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var old in stored.Attributes)
            {
                before.Add(old.Path);
                if (!now.TryGetValue(old.Path, out var attribute))
                {
                    removed.Add(old.Path);
                    if (!removed.Contains(Parent(old.Path)))
                    {
                        changes.Add(new SchemaChange("attribute '" + old.Path + "' was removed or renamed", isBreaking: true));
                    }

                    continue;
                }

                if (!string.Equals(old.Describe(), attribute.Describe(), System.StringComparison.Ordinal))
                {
                    changes.Add(new SchemaChange("attribute '" + old.Path + "' changed from " + old.Describe() + " to " + attribute.Describe(), isBreaking: true, member: attribute.Member));
                }
                else if (!old.Required && attribute.Required)
                {
                    changes.Add(new SchemaChange("attribute '" + old.Path + "' is now required on read, so items stored without it cannot be read", isBreaking: true, member: attribute.Member));
                }
                else if (old.Required && !attribute.Required)
                {
                    changes.Add(new SchemaChange("attribute '" + old.Path + "' is no longer required on read", isBreaking: false, member: attribute.Member));
                }
            }

            var added = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var attribute in current.Attributes)
            {
                if (before.Contains(attribute.Path))
                {
                    continue;
                }

                added.Add(attribute.Path);
                if (added.Contains(Parent(attribute.Path)))
                {
                    continue; // described with the member that added it
                }

                changes.Add(attribute.Required
                    ? new SchemaChange("attribute '" + attribute.Path + "' was added as required on read, so items stored without it cannot be read", isBreaking: true, member: attribute.Member)
                    : new SchemaChange("optional attribute '" + attribute.Path + "' was added", isBreaking: false, member: attribute.Member));
            }
        }

        /// <summary>The attribute that holds a nested one: <c>lines</c> for <c>lines[].sku</c>; empty for a top-level one.</summary>
        private static string Parent(string path)
        {
            var dot = path.LastIndexOf('.');
            if (dot < 0)
            {
                return string.Empty;
            }

            var parent = path.Substring(0, dot);
            return parent.EndsWith("[]", System.StringComparison.Ordinal) || parent.EndsWith("{}", System.StringComparison.Ordinal) ? parent.Substring(0, parent.Length - 2) : parent;
        }

        private static string Discriminator(StoredShape shape) =>
            shape.DiscriminatorAttribute is null ? "not written" : "'" + shape.DiscriminatorAttribute + "' = '" + shape.DiscriminatorValue + "'";

        private static string Quote(string? value) => value is null ? "none" : "'" + value + "'";
    }
}
