// The one reading of an entity's [SchemaVersion] and [SchemaUpgrade]s: what is wrong with them (B3A5006, a blocker: the
// generator emits nothing for the entity) and which versions have no step (B3A5007, a warning). The generator and the
// analyzers both read these.
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One thing wrong with a schema version declaration, about <see cref="Symbol"/> (at <see cref="Attribute"/> when known).</summary>
    internal sealed class SchemaVersionProblem
    {
        public SchemaVersionProblem(string reason, ISymbol symbol, AttributeData? attribute)
        {
            Reason = reason;
            Symbol = symbol;
            Attribute = attribute;
        }

        /// <summary>Completes "no code is generated for 'T' because ...".</summary>
        public string Reason { get; }

        public ISymbol Symbol { get; }

        public AttributeData? Attribute { get; }
    }

    /// <summary>Checks an entity's schema version and upgrade steps.</summary>
    internal static class SchemaVersionChecks
    {
        /// <summary>A bad [SchemaVersion] or [SchemaUpgrade] (error, blocks generation).</summary>
        public const string InvalidRule = "B3A5006";

        /// <summary>A version with no upgrade step (warning).</summary>
        public const string MissingStepRule = "B3A5007";

        /// <summary>Everything wrong with the declarations of <paramref name="entity"/>, in a stable order; empty when they are fine.</summary>
        public static List<SchemaVersionProblem> Problems(EntityModel entity)
        {
            var problems = new List<SchemaVersionProblem>();
            var declared = DeclaredAttributes.Find(entity.Type.GetAttributes(), DeclaredAttributes.SchemaVersion);
            var schema = entity.SchemaVersion;
            if (schema is null || declared is null)
            {
                foreach (var step in entity.SchemaUpgrades)
                {
                    problems.Add(new SchemaVersionProblem("[SchemaUpgrade] method '" + step.MethodName + "' is on a type without [SchemaVersion]; declare the entity's version", step.Method, step.Attribute));
                }

                return problems;
            }

            if (schema.Version < 1)
            {
                problems.Add(new SchemaVersionProblem("its [SchemaVersion] is " + Text(schema.Version) + "; versions start at 1", entity.Type, declared));
            }

            if (string.IsNullOrEmpty(schema.AttributeName))
            {
                problems.Add(new SchemaVersionProblem("its [SchemaVersion] attribute name is empty", entity.Type, declared));
            }
            else
            {
                foreach (var name in GenerationBlockers.StoredAttributeNames(entity))
                {
                    if (name == schema.AttributeName)
                    {
                        problems.Add(new SchemaVersionProblem("its [SchemaVersion] attribute '" + name + "' is also the name of a key, a member or the discriminator; choose another AttributeName", entity.Type, declared));
                        break;
                    }
                }

                foreach (var constant in entity.Constants)
                {
                    if (constant.Name == schema.AttributeName)
                    {
                        problems.Add(new SchemaVersionProblem("its [SchemaVersion] attribute '" + constant.Name + "' is also the name of a [DynamoConstant]; choose another AttributeName", entity.Type, declared));
                    }
                }
            }

            var seen = new HashSet<int>();
            foreach (var step in entity.SchemaUpgrades)
            {
                if (!step.HasValidSignature)
                {
                    problems.Add(new SchemaVersionProblem("[SchemaUpgrade] method '" + step.MethodName + "' must be 'static void " + step.MethodName + "(Dictionary<string, AttributeValue> item)'", step.Method, step.Attribute));
                }

                if (step.FromVersion < 1 || step.FromVersion >= schema.Version)
                {
                    problems.Add(new SchemaVersionProblem(
                        "[SchemaUpgrade] method '" + step.MethodName + "' upgrades from version " + Text(step.FromVersion) + ", but steps upgrade from 1 to " + Text(schema.Version - 1) + " (the entity is version " + Text(schema.Version) + ")",
                        step.Method,
                        step.Attribute));
                }
                else if (!seen.Add(step.FromVersion))
                {
                    problems.Add(new SchemaVersionProblem("[SchemaUpgrade] method '" + step.MethodName + "' is a second step from version " + Text(step.FromVersion) + "; each version has one step", step.Method, step.Attribute));
                }
            }

            return problems;
        }

        /// <summary>The versions 1 to n-1 of a valid declaration that no step upgrades from, in order.</summary>
        public static List<int> MissingSteps(EntityModel entity)
        {
            var missing = new List<int>();
            if (entity.SchemaVersion is not { Version: > 1 } schema)
            {
                return missing;
            }

            var stepped = new HashSet<int>();
            foreach (var step in entity.SchemaUpgrades)
            {
                stepped.Add(step.FromVersion);
            }

            for (var version = 1; version < schema.Version; version++)
            {
                if (!stepped.Contains(version))
                {
                    missing.Add(version);
                }
            }

            return missing;
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
