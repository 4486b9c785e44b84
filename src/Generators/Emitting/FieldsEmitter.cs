using System.Globalization;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared;
using Values = Boto3Assist.Generators.EntityGenerator.ValueExpressions;

namespace Boto3Assist.Generators.Emitting
{
    /// <summary>
    /// The entity's <c>Fields</c>: one <c>DynamoField</c> per mapped member, for conditions and updates. A member of a plain
    /// type stored the default way is <c>new("Name")</c> (the runtime's default writer of its type); any other member's
    /// field writes its value with a <c>Field_Name</c> method in <c>DynamoMappers</c> that makes the same call the entity's
    /// writer makes (<c>w.Double(8, value)</c>), so a field stores a value exactly as <c>ToItem</c> does. Methods, not
    /// lambdas: a lambda argument of a target-typed <c>new</c> is bound once per candidate constructor, and nested ones
    /// cost the compiler more than all the rest of the entity's fields.
    /// </summary>
    internal static class FieldsEmitter
    {
        /// <summary>The <c>Fields</c> class.</summary>
        public static void EmitFields(SourceWriter w, EntitySpec spec)
        {
            w.WriteLine("/// <summary>Typed descriptors of the mapped members of <see cref=\"" + spec.Name + "\"/>, for conditions and updates.</summary>");
            w.WriteLine(GeneratedAliases.GeneratedCode);
            w.OpenBlock("public static " + EntityGenerator.Emitter.New(spec) + "class " + spec.FieldsName);
            var self = EntityGenerator.Emitter.Self(spec);
            var table = MappingEmitter.EntityNames(spec);
            // A field is named for its member; only one stored under another name gets a summary saying which.
            w.WriteLine("#pragma warning disable CS1591 // missing XML comment: the field's name is its member's");
            foreach (var m in spec.Shape.Members)
            {
                var attribute = Values.Literal(m.AttributeName);
                var declaration = "public static readonly DynamoMapping.DynamoField<" + self + ", " + m.Type.TypeName + "> " + EntityGenerator.Emitter.Identifier(m.Name) + " =";
                string create;
                if (HasDefaultWriter(m))
                {
                    // The runtime's default writer of the member type (DynamoFieldWriters): what ToItem writes for it.
                    create = m.AttributeName == m.Name ? "new(" + attribute + ");" : "new(" + Values.Literal(m.Name) + ", " + attribute + ");";
                }
                else
                {
                    create = "new(" + Values.Literal(m.Name) + ", " + MappingValues.Mappers + ".Names_" + spec.Shape.MapperId + ", "
                        + table.IndexOf(m.AttributeName) + ", " + MappingValues.Mappers + "." + WriterName(m) + ");";
                }

                if (m.AttributeName != m.Name)
                {
                    w.WriteLine("/// <summary>Stored as <c>" + XmlDoc.Text(m.AttributeName) + "</c>.</summary>");
                }

                w.WriteWrapped(declaration, create);
            }

            w.WriteLine("#pragma warning restore CS1591");
            w.CloseBlock();
        }

        /// <summary>In <c>DynamoMappers</c>: the <c>Field_Name</c> writer of each field with no default writer.</summary>
        public static void EmitFieldWriters(SourceWriter w, EntitySpec spec, MappingEmitter.NameTable table)
        {
            var first = true;
            foreach (var m in spec.Shape.Members)
            {
                if (HasDefaultWriter(m))
                {
                    continue;
                }

                if (first)
                {
                    w.WriteLine();
                    first = false;
                }

                var index = table.IndexOf(m.AttributeName);
                var write = MappingValues.Write(m.Type, m, "w", Values.NonNull(m.Type, "value"), index, 0);
                w.WriteLine("internal static void " + WriterName(m) + "(ref DynamoItemWriter w, " + m.Type.TypeName + " value) => " + write + ";");
            }
        }

        private static string WriterName(MemberSpec m) => "Field_" + m.Name;

        /// <summary>
        /// A member of a plain type written the default way (no converter, TTL or convention of its own): the runtime's
        /// <c>DynamoFieldWriters</c> writes it exactly as the entity's writer does.
        /// </summary>
        private static bool HasDefaultWriter(MemberSpec m)
        {
            if (m.ConverterField is not null || m.IsTtl)
            {
                return false;
            }

            var type = m.Type;
            switch (type.Kind)
            {
                case MemberMappingKind.String:
                case MemberMappingKind.Guid:
                case MemberMappingKind.DateOnly:
                case MemberMappingKind.TimeOnly:
                case MemberMappingKind.TimeSpan:
                    return true;
                case MemberMappingKind.Boolean:
                    return !type.BooleanAsNumber;
                case MemberMappingKind.DateTime:
                case MemberMappingKind.DateTimeOffset:
                    return type.DateFormat == Boto3Assist.Shared.Declarations.DynamoDateTimeFormat.RoundTrip;
                case MemberMappingKind.Number:
                    return type.Number != NumberType.Double && type.Number != NumberType.Single;
                default:
                    return false;
            }
        }
    }
}
