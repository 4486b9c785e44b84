using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared;
using Values = Boto3Assist.Generators.EntityGenerator.ValueExpressions;

namespace Boto3Assist.Generators.Emitting
{
    /// <summary>
    /// The entity's one mapping, in its private <c>DynamoMappers</c> class: for the entity and each nested type a table of
    /// attribute names (<c>Names_Id</c>), a reader (<c>Read_Id</c>) and a writer (<c>Write_Id</c>), written against the
    /// runtime's <c>DynamoItemReader</c>/<c>DynamoItemWriter</c>, which read and write both the SDK's
    /// <c>Dictionary&lt;string, AttributeValue&gt;</c> and DynamoDB JSON. <c>ToItem</c>, <c>FromItem</c>,
    /// <c>WriteItemJson</c> and <c>FromItemJson</c> are one line each over them, so the dictionary and the JSON forms of an
    /// item cannot disagree, and an entity costs one mapping of generated code, not two.
    /// </summary>
    internal static class MappingEmitter
    {
        private const string Mappers = MappingValues.Mappers;

        /// <summary>The four entry points of <c>IDynamoEntity</c>, one line each.</summary>
        public static void EmitEntryPoints(SourceWriter w, EntitySpec spec, string self)
        {
            var hide = EntityGenerator.Emitter.New(spec);
            var names = Mappers + ".Names_" + spec.Shape.MapperId;
            w.WriteLine("/// <inheritdoc/>");
            w.WriteLine(GeneratedAliases.GeneratedCode);
            w.WriteLine("public " + hide + Values.Item + " ToItem() =>");
            w.WriteLine("    DynamoItemWriter.ToItem<" + self + ">(this, " + names + ", " + Mappers + ".Write_" + spec.Shape.MapperId + ");");
            w.WriteLine();
            w.WriteLine("/// <inheritdoc/>");
            w.WriteLine(GeneratedAliases.GeneratedCode);
            w.OpenBlock("public static " + hide + self + " FromItem(" + Values.ReadOnlyItem + " item)");
            w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(item);");
            SchemaVersionEmitter.EmitFromItem(w, spec);
            w.WriteLine("return DynamoItemReader.FromItem<" + self + ">(item, " + names + ", " + Mappers + ".Read_" + spec.Shape.MapperId + ");");
            w.CloseBlock();
            w.WriteLine();
            w.WriteLine("/// <inheritdoc/>");
            w.WriteLine(GeneratedAliases.GeneratedCode);
            w.WriteLine("public " + hide + "void WriteItemJson(global::System.Text.Json.Utf8JsonWriter writer) =>");
            w.WriteLine("    DynamoItemWriter.ToJson<" + self + ">(writer, this, " + names + ", " + Mappers + ".Write_" + spec.Shape.MapperId + ");");
            w.WriteLine();
            w.WriteLine("/// <inheritdoc/>");
            w.WriteLine(GeneratedAliases.GeneratedCode);
            w.WriteLine("public static " + hide + self + " FromItemJson(ref global::System.Text.Json.Utf8JsonReader reader) =>");
            w.WriteLine("    DynamoItemReader.FromJson<" + self + ">(ref reader, " + names + ", " + Mappers + ".Read_" + spec.Shape.MapperId + ");");
        }

        /// <summary>The <c>DynamoMappers</c> class: converters, then per type its names, reader and writer.</summary>
        public static void EmitMappers(SourceWriter w, EntitySpec spec, string self)
        {
            w.WriteLine(GeneratedAliases.GeneratedCode);
            w.OpenBlock("private static class " + Mappers);
            foreach (var converter in spec.Converters)
            {
                w.WriteLine("internal static readonly " + converter.TypeName + " " + converter.FieldName + " = new " + converter.TypeName + "();");
            }

            var table = EntityNames(spec);
            EmitNames(w, spec.Shape, table);
            EmitReader(w, spec.Shape, self, table, spec);
            EmitEntityWriter(w, spec, self, table);
            FieldsEmitter.EmitFieldWriters(w, spec, table);
            foreach (var nested in spec.NestedTypes)
            {
                var nestedTable = new NameTable(nested.ReadMembers().Select(m => m.AttributeName));
                foreach (var m in nested.Members)
                {
                    nestedTable.Index(m.AttributeName);
                }

                w.WriteLine();
                EmitNames(w, nested, nestedTable);
                EmitReader(w, nested, nested.TypeName, nestedTable, null);
                w.WriteLine();
                w.OpenBlock("internal static void Write_" + nested.MapperId + "(ref DynamoItemWriter w, " + nested.TypeName + " value)");
                EmitMemberWrites(w, nested, nestedTable, new HashSet<string>(), new LocalNames());
                w.CloseBlock();
            }

            w.CloseBlock();
        }

        /// <summary>
        /// The entity's names: the attributes it reads first (members, then the schema version), then those it only writes
        /// (keys built from templates, index keys, computed members, the discriminator, constants).
        /// </summary>
        internal static NameTable EntityNames(EntitySpec spec)
        {
            var read = spec.Shape.ReadMembers().Select(m => m.AttributeName).ToList();
            if (spec.SchemaVersion is { } schema)
            {
                read.Add(schema.AttributeName);
            }

            var table = new NameTable(read);
            table.Index(spec.PartitionKey.AttributeName);
            if (spec.SortKey is not null)
            {
                table.Index(spec.SortKey.AttributeName);
            }

            foreach (var index in spec.Indexes)
            {
                foreach (var key in new[] { index.PartitionKey, index.SortKey })
                {
                    if (key is not null)
                    {
                        table.Index(key.AttributeName);
                    }
                }
            }

            foreach (var m in spec.Shape.Members)
            {
                table.Index(m.AttributeName);
            }

            if (spec.DiscriminatorAttribute is not null)
            {
                table.Index(spec.DiscriminatorAttribute);
            }

            foreach (var constant in spec.Constants)
            {
                table.Index(constant.Name);
            }

            return table;
        }

        private static void EmitNames(SourceWriter w, ObjectSpec shape, NameTable table)
        {
            var head = "internal static readonly DynamoAttributeNames Names_" + shape.MapperId + " = new(" + Values.Literal(shape.Name) + ", "
                + table.ReadCount.ToString(CultureInfo.InvariantCulture);
            var names = table.Names.Select(Values.Literal).ToList();
            var line = head + (names.Count == 0 ? string.Empty : ", " + string.Join(", ", names)) + ");";
            if (w.IndentWidth + line.Length <= SourceWriter.LineWidth)
            {
                w.WriteLine(line);
                return;
            }

            // Long tables wrap: as many names on a line as fit.
            w.WriteLine(head + ",");
            w.Indent();
            var current = new System.Text.StringBuilder();
            for (var i = 0; i < names.Count; i++)
            {
                var part = names[i] + (i + 1 < names.Count ? "," : ");");
                if (current.Length > 0 && w.IndentWidth + current.Length + 1 + part.Length > SourceWriter.LineWidth)
                {
                    w.WriteLine(current.ToString());
                    current.Clear();
                }

                current.Append(current.Length > 0 ? " " : string.Empty).Append(part);
            }

            w.WriteLine(current.ToString());
            w.Unindent();
        }

        /// <summary>
        /// <c>Read_Id</c>: a <c>switch</c> over the attributes in the order they come (<c>r.Next</c> gives only those there
        /// are, NULL ones left out), then what an absent attribute means. A type whose mapped members can all be set after
        /// construction is created first and each value assigned as it is read (<see cref="EmitDirectReader"/>); any other
        /// (constructor parameters, init-only or required members) reads into locals and is created after the loop
        /// (<see cref="EmitLocalsReader"/>).
        /// </summary>
        private static void EmitReader(SourceWriter w, ObjectSpec shape, string typeName, NameTable table, EntitySpec? entity)
        {
            var members = shape.ReadMembers();
            w.OpenBlock("internal static " + typeName + " Read_" + shape.MapperId + "(ref DynamoItemReader r)");
            if (IsSetAfterConstruction(shape, members))
            {
                EmitDirectReader(w, shape, typeName, members, table, entity);
            }
            else
            {
                EmitLocalsReader(w, shape, typeName, members, table, entity);
            }

            w.CloseBlock();
            if (members.Any(m => m.Absent == AbsentValue.Initializer && !AssignedAfterConstruction(m)))
            {
                // Only for init-only and required members with an initializer: the value can be read from an instance only.
                var defaults = shape.RequiredMemberNames.Select(r => EntityGenerator.Emitter.Identifier(r) + " = default!");
                w.WriteLine();
                w.WriteLine("internal static " + typeName + " Defaults_" + shape.MapperId + "() => new " + typeName + "("
                    + string.Join(", ", Enumerable.Repeat("default!", shape.ConstructorParameterCount)) + ")"
                    + (shape.RequiredMemberNames.Count == 0 ? string.Empty : " { " + string.Join(", ", defaults) + " }") + ";");
            }
        }

        /// <summary>A parameterless constructor, no <c>required</c> members, and every mapped member settable.</summary>
        private static bool IsSetAfterConstruction(ObjectSpec shape, List<MemberSpec> members) =>
            shape.ConstructorParameterCount == 0 && shape.RequiredMemberNames.Count == 0
            && members.All(m => m.IsSettable && !m.IsRequired && m.ConstructorParameterIndex < 0);

        /// <summary>
        /// <c>var result = new T();</c>, each value assigned as it is read, then the members that must have come are checked
        /// and empty sets given to those that did not. A member whose attribute did not come keeps the value the
        /// constructor gave it (its initializer, or null), as System.Text.Json leaves a property the JSON does not have.
        /// </summary>
        private static void EmitDirectReader(SourceWriter w, ObjectSpec shape, string typeName, List<MemberSpec> members, NameTable table, EntitySpec? entity)
        {
            w.WriteLine("var result = new " + typeName + "();");
            EmitSchemaStart(w, entity);
            EmitSwitch(w, members, table, entity, m => "result." + EntityGenerator.Emitter.Identifier(m.Name));
            EmitSchemaUpgrade(w, typeName, entity);
            var checks = members.Where(m => m.Absent == AbsentValue.Throw || m.Absent == AbsentValue.EmptySet).ToList();
            if (checks.Count > 0)
            {
                w.WriteLine();
            }

            foreach (var m in checks)
            {
                var index = table.IndexOf(m.AttributeName);
                if (m.Absent == AbsentValue.Throw)
                {
                    w.WriteLine("r.Require(" + index + ", " + Values.Literal(Values.Expected(m.Type, m)) + ");");
                }
                else if (m.Absent == AbsentValue.EmptySet)
                {
                    w.WriteLine("if (!r.Has(" + index + ")) result." + EntityGenerator.Emitter.Identifier(m.Name) + " = " + Absent(shape, m, table) + ";");
                }
            }

            w.WriteLine("return result;");
        }

        /// <summary>
        /// A local per member, the loop, then the object: the constructor, an initializer, and settable members with an
        /// initializer assigned only when their attribute came (so they keep the initializer's value otherwise).
        /// </summary>
        private static void EmitLocalsReader(SourceWriter w, ObjectSpec shape, string typeName, List<MemberSpec> members, NameTable table, EntitySpec? entity)
        {
            var names = new LocalNames();
            var locals = new Dictionary<string, string>();
            foreach (var m in members)
            {
                locals[m.Name] = names.For(m.Name);
                w.WriteLine(m.Type.TypeName + " " + locals[m.Name] + " = default!;");
            }

            EmitSchemaStart(w, entity);
            EmitSwitch(w, members, table, entity, m => locals[m.Name]);
            EmitSchemaUpgrade(w, typeName, entity);
            w.WriteLine();
            EmitCreate(w, shape, typeName, members, locals, table);
        }

        private static void EmitSchemaStart(SourceWriter w, EntitySpec? entity)
        {
            if (entity?.SchemaVersion is not null)
            {
                w.WriteLine("var itemStart = r.JsonStart(); // a copy of the JSON reader, to read an older item again for its upgrade");
                w.WriteLine("var storedSchemaVersion = 1;");
            }
        }

        private static void EmitSwitch(SourceWriter w, List<MemberSpec> members, NameTable table, EntitySpec? entity, System.Func<MemberSpec, string> target)
        {
            var schema = entity?.SchemaVersion;
            if (members.Count == 0 && schema is null)
            {
                return;
            }

            w.OpenBlock("while (r.Next(out var attribute))");
            w.OpenBlock("switch (attribute)");
            foreach (var m in members)
            {
                w.WriteLine("case " + table.IndexOf(m.AttributeName) + ": " + target(m) + " = " + MappingValues.Read(m.Type, m, "r", 0) + "; break;");
            }

            if (schema is not null)
            {
                w.WriteLine("case " + table.IndexOf(schema.AttributeName) + ": storedSchemaVersion = r.Number<int>(); break;");
            }

            w.CloseBlock();
            w.CloseBlock();
        }

        private static void EmitSchemaUpgrade(SourceWriter w, string typeName, EntitySpec? entity)
        {
            if (entity?.SchemaVersion is { } schema)
            {
                // A dictionary was upgraded by FromItem before it came here; an older JSON item is read again as one.
                w.WriteLine("if (r.IsJson && storedSchemaVersion < " + schema.Version.ToString(CultureInfo.InvariantCulture) + ") return "
                    + typeName + ".FromItem(DynamoSchemaVersion.Upgrades.ReadItem(ref itemStart));");
            }
        }

        private static void EmitCreate(SourceWriter w, ObjectSpec shape, string typeName, List<MemberSpec> members, Dictionary<string, string> locals, NameTable table)
        {
            var values = new Dictionary<string, string>();
            var usesDefaults = false;
            foreach (var m in members)
            {
                if (!TracksPresence(m))
                {
                    values[m.Name] = locals[m.Name];
                    continue;
                }

                usesDefaults |= m.Absent == AbsentValue.Initializer && !AssignedAfterConstruction(m);
                values[m.Name] = Has(m, table) + " ? " + locals[m.Name] + " : " + Absent(shape, m, table);
            }

            if (usesDefaults)
            {
                w.WriteLine(typeName + "? defaults = null;");
            }

            var arguments = Enumerable.Repeat("default!", shape.ConstructorParameterCount).ToArray();
            foreach (var m in members.Where(m => m.ConstructorParameterIndex >= 0 && m.ConstructorParameterIndex < arguments.Length))
            {
                arguments[m.ConstructorParameterIndex] = values[m.Name];
            }

            var later = members.Where(AssignedAfterConstruction).ToList();
            var assignments = members.Where(m => !AssignedAfterConstruction(m) && (m.ConstructorParameterIndex < 0 || m.IsRequired))
                .Select(m => EntityGenerator.Emitter.Identifier(m.Name) + " = " + values[m.Name] + ",")
                .Concat(shape.RequiredMemberNames.Where(r => !values.ContainsKey(r)).Select(r => EntityGenerator.Emitter.Identifier(r) + " = default!,"))
                .ToList();
            var create = "new " + typeName + (arguments.Length == 0 && assignments.Count > 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")");
            var target = later.Count == 0 ? "return " : "var result = ";
            if (assignments.Count == 0)
            {
                w.WriteLine(target + create + ";");
            }
            else
            {
                w.WriteLine(target + create);
                w.OpenBlock();
                foreach (var assignment in assignments)
                {
                    w.WriteLine(assignment);
                }

                w.CloseBlock(";");
            }

            foreach (var m in later)
            {
                w.WriteLine("if (" + Has(m, table) + ") result." + EntityGenerator.Emitter.Identifier(m.Name) + " = " + locals[m.Name] + ";");
            }

            if (later.Count > 0)
            {
                w.WriteLine("return result;");
            }
        }

        private static string Has(MemberSpec m, NameTable table) => "r.Has(" + table.IndexOf(m.AttributeName) + ")";

        /// <summary>
        /// Members whose absent value is not what their local starts as (<c>default</c>) need to know whether their
        /// attribute came.
        /// </summary>
        private static bool TracksPresence(MemberSpec m) => m.Absent != AbsentValue.Null && m.Absent != AbsentValue.VersionZero;

        /// <summary>A settable (not init-only, not required, not constructor-bound) member with an initializer.</summary>
        private static bool AssignedAfterConstruction(MemberSpec m) =>
            m.Absent == AbsentValue.Initializer && m.IsSettable && !m.IsRequired && m.ConstructorParameterIndex < 0;

        private static string Absent(ObjectSpec shape, MemberSpec m, NameTable table)
        {
            switch (m.Absent)
            {
                case AbsentValue.Initializer:
                    return "(defaults ??= " + Mappers + ".Defaults_" + shape.MapperId + "())." + EntityGenerator.Emitter.Identifier(m.Name);
                case AbsentValue.EmptySet:
                    return "new global::System.Collections.Generic.HashSet<" + m.Type.Element!.TypeName + ">()";
                case AbsentValue.ParameterDefault:
                    return m.ParameterDefault ?? "default(" + m.Type.TypeName + ")";
                case AbsentValue.Throw:
                    return "throw r.Missing(" + table.IndexOf(m.AttributeName) + ", " + Values.Literal(Values.Expected(m.Type, m)) + ")";
                default:
                    return "default(" + m.Type.TypeName + ")";
            }
        }

        /// <summary>The entity's writer: keys, index keys (left out when sparse), members, discriminator, constants, version.</summary>
        private static void EmitEntityWriter(SourceWriter w, EntitySpec spec, string self, NameTable table)
        {
            w.WriteLine();
            w.OpenBlock("internal static void Write_" + spec.Shape.MapperId + "(ref DynamoItemWriter w, " + self + " value)");
            var locals = new LocalNames();
            var memberKeys = new HashSet<string>();
            foreach (var key in spec.SortKey is null ? new[] { spec.PartitionKey } : new[] { spec.PartitionKey, spec.SortKey })
            {
                var index = table.IndexOf(key.AttributeName);
                if (key.IsMemberKey)
                {
                    var member = spec.Shape.Members.First(m => m.Name == key.Parameters[0].MemberName);
                    memberKeys.Add(member.Name);
                    w.WriteLine(MappingValues.Write(member.Type, member, "w", NonNullKey(key.Parameters[0], index), index, 0) + ";");
                    continue;
                }

                var builder = spec.KeysName + "." + (key == spec.PartitionKey ? "PartitionKey" : "SortKey");
                var args = string.Join(", ", key.Parameters.Select(p => NonNullKey(p, index)));
                w.WriteLine("w.String(" + index + ", " + builder + "(" + args + "));");
            }

            foreach (var index in spec.Indexes)
            {
                EmitIndexWrite(w, spec, index, table, locals);
            }

            EmitMemberWrites(w, spec.Shape, table, memberKeys, locals);
            if (spec.DiscriminatorAttribute is not null)
            {
                w.WriteLine("w.String(" + table.IndexOf(spec.DiscriminatorAttribute) + ", " + Values.Literal(spec.EntityType) + ");");
            }

            foreach (var constant in spec.Constants)
            {
                w.WriteLine("w.String(" + table.IndexOf(constant.Name) + ", " + Values.Literal(constant.Value) + ");");
            }

            if (spec.SchemaVersion is { } schema)
            {
                w.WriteLine("w.Integer<int>(" + table.IndexOf(schema.AttributeName) + ", " + schema.Version.ToString(CultureInfo.InvariantCulture) + "); // [SchemaVersion]");
            }

            w.CloseBlock();
        }

        /// <summary>A table key member: null is refused (the item would have no key).</summary>
        private static string NonNullKey(KeyParameterSpec p, string index) =>
            p.Type.IsValueType && !p.Type.IsNullableValueType
                ? "value." + EntityGenerator.Emitter.Identifier(p.MemberName)
                : "value." + EntityGenerator.Emitter.Identifier(p.MemberName) + " ?? throw w.NullKey(" + index + ", " + Values.Literal(p.MemberName) + ")";

        /// <summary>An index key, left out when one of its members is null or an empty string (a sparse index).</summary>
        private static void EmitIndexWrite(SourceWriter w, EntitySpec spec, IndexSpec index, NameTable table, LocalNames names)
        {
            var keys = new[] { index.PartitionKey, index.SortKey }.Where(k => k is not null).Select(k => k!).ToList();
            var locals = new Dictionary<string, string>();
            var conditions = new List<string>();
            foreach (var p in keys.SelectMany(k => k.Parameters))
            {
                if (locals.ContainsKey(p.MemberName))
                {
                    continue;
                }

                if (p.Type.IsValueType && !p.Type.IsNullableValueType)
                {
                    locals[p.MemberName] = "value." + EntityGenerator.Emitter.Identifier(p.MemberName);
                    continue;
                }

                var local = names.For(p.MemberName, "Key");
                locals[p.MemberName] = local;
                // An empty string is no value for a key (key builders refuse it): like null, it leaves the index out.
                var pattern = p.Type.Kind == MemberMappingKind.String ? " is { Length: > 0 } " : " is { } ";
                conditions.Add("value." + EntityGenerator.Emitter.Identifier(p.MemberName) + pattern + local);
            }

            var statements = keys.Select(k =>
                "w.String(" + table.IndexOf(k.AttributeName) + ", " + spec.KeysName + "." + index.ClassName + "." + (k == index.PartitionKey ? "PartitionKey" : "SortKey")
                + "(" + string.Join(", ", k.Parameters.Select(p => locals[p.MemberName])) + "));").ToList();
            if (conditions.Count > 0)
            {
                w.OpenBlock("if (" + string.Join(" && ", conditions) + ")");
            }

            foreach (var statement in statements)
            {
                w.WriteLine(statement);
            }

            if (conditions.Count > 0)
            {
                w.CloseBlock();
            }
        }

        /// <summary>One line per member; null members and empty sets are left out.</summary>
        private static void EmitMemberWrites(SourceWriter w, ObjectSpec shape, NameTable table, HashSet<string> skip, LocalNames locals)
        {
            foreach (var m in shape.Members)
            {
                if (skip.Contains(m.Name))
                {
                    continue;
                }

                var access = "value." + EntityGenerator.Emitter.Identifier(m.Name);
                var canBeNull = !m.Type.IsValueType || m.Type.IsNullableValueType;
                var local = canBeNull ? locals.For(m.Name) : access;
                var write = MappingValues.Write(m.Type, m, "w", local, table.IndexOf(m.AttributeName).ToString(CultureInfo.InvariantCulture), 0) + ";";
                w.WriteLine(canBeNull ? "if (" + access + " is { } " + local + ") " + write : write);
            }
        }

        /// <summary>The attribute names of one generated type, by index: those it reads first.</summary>
        internal sealed class NameTable
        {
            private readonly List<string> _names = new List<string>();

            public NameTable(IEnumerable<string> read)
            {
                foreach (var name in read)
                {
                    Index(name);
                }

                ReadCount = _names.Count;
            }

            public int ReadCount { get; }

            public IReadOnlyList<string> Names => _names;

            public int Index(string name)
            {
                var index = _names.IndexOf(name);
                if (index >= 0)
                {
                    return index;
                }

                _names.Add(name);
                return _names.Count - 1;
            }

            public string IndexOf(string name) => _names.IndexOf(name).ToString(CultureInfo.InvariantCulture);
        }
    }
}
