using System.Globalization;
using System.Linq;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared.Model;
using Values = Boto3Assist.Generators.EntityGenerator.ValueExpressions;

namespace Boto3Assist.Generators.Emitting
{
    /// <summary>
    /// The code of a <c>[SchemaVersion]</c> entity besides its mapping (MappingEmitter writes and reads the version
    /// attribute): <c>FromItem</c> runs the item through the upgrade steps of a private nested <c>DynamoSchemaVersion</c>
    /// class (the runtime's <c>DynamoSchemaUpgrades</c>, holding the steps from the oldest version up), and the metadata
    /// names the version. The reader reads an older item from JSON again as a dictionary, through <c>FromItem</c>.
    /// Entities without a version get none of this.
    /// </summary>
    internal static class SchemaVersionEmitter
    {
        private const string Holder = "DynamoSchemaVersion";
        private const string Upgrades = Holder + ".Upgrades";
        private const string StoredLocal = "storedSchemaVersion";
        private const string StartLocal = "itemStart";

        /// <summary>The spec of a versioned entity (the model has no <c>B3A5006</c> problem, or it would have been blocked); null when it has no version.</summary>
        public static SchemaVersionSpec? Read(EntityModel entity)
        {
            if (entity.SchemaVersion is not { } schema)
            {
                return null;
            }

            var steps = entity.SchemaUpgrades
                .OrderBy(s => s.FromVersion)
                .Select(s => new SchemaStepSpec(s.FromVersion, s.MethodName))
                .ToEquatableArray();
            return new SchemaVersionSpec(schema.Version, schema.AttributeName, steps);
        }

        /// <summary>The metadata's trailing arguments (the line before ends with a comma when there are any).</summary>
        public static void EmitMetadata(SourceWriter w, EntitySpec spec)
        {
            if (spec.SchemaVersion is { } schema)
            {
                w.WriteLine("SchemaVersion: " + Number(schema.Version) + ",");
                w.WriteLine("SchemaVersionAttribute: " + Values.Literal(schema.AttributeName) + ");");
            }
        }


        /// <summary>FromItem: an item of an older version is upgraded (a changed copy) before it is mapped.</summary>
        public static void EmitFromItem(SourceWriter w, EntitySpec spec)
        {
            if (spec.SchemaVersion is not null)
            {
                w.WriteLine("item = " + Upgrades + ".Upgrade(item);");
            }
        }

        /// <summary>The nested class holding the version and the steps, inside the entity's body.</summary>
        public static void EmitUpgrades(SourceWriter w, EntitySpec spec)
        {
            if (spec.SchemaVersion is not { } schema)
            {
                return;
            }

            const string Runtime = "global::Boto3Assist.DynamoDb.Mapping.";
            w.WriteLine();
            w.WriteLine("/// <summary>The stored shape's version of <see cref=\"" + spec.Name + "\"/> and the steps that upgrade older items to it, oldest first.</summary>");
            w.WriteLine(GeneratedAliases.GeneratedCode);
            w.OpenBlock("private static class " + Holder);
            w.WriteLine("internal static readonly " + Runtime + "DynamoSchemaUpgrades Upgrades = new(");
            w.Indent();
            w.WriteLine("entity: " + Values.Literal(spec.Name) + ",");
            w.WriteLine("attributeName: " + Values.Literal(schema.AttributeName) + ",");
            w.WriteLine("currentVersion: " + Number(schema.Version) + ",");
            if (schema.Steps.Count == 0)
            {
                w.WriteLine("steps: global::System.Array.Empty<" + Runtime + "DynamoSchemaUpgradeStep>());");
            }
            else
            {
                w.WriteLine("steps: new " + Runtime + "DynamoSchemaUpgradeStep[]");
                w.OpenBlock();
                foreach (var step in schema.Steps)
                {
                    w.WriteLine("new(FromVersion: " + Number(step.FromVersion) + ", Name: " + Values.Literal(step.MethodName) + ", Run: " + EntityGenerator.Emitter.Identifier(step.MethodName) + "),");
                }

                w.CloseBlock(");");
            }

            w.Unindent();
            w.CloseBlock();
        }





        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
