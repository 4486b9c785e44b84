using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Generators.Parsing;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Generators.Repositories
{
    /// <summary>
    /// Keys built from computed members (<c>ISSUE#{Status}#{SortNumber:D7}</c> with <c>SortNumber =&gt; Status == Open ?
    /// 9999999 - Number : Number</c>): the user knows Status and Number, not SortNumber. For such an entity this emits a
    /// static helper that recomputes the member from the members it reads (its expression body, with those members as
    /// parameters), <c>PrimaryKeyOf(...)</c> taking the known members, and GetAsync/DeleteAsync overloads that take them.
    /// </summary>
    internal static class ComputedKeyOverloads
    {
        private const string Item = "global::System.Collections.Generic.Dictionary<string, global::Amazon.DynamoDBv2.Model.AttributeValue>";

        /// <summary>Reads the computed members of the table key (parser side: syntax and symbols to strings).</summary>
        public static EquatableArray<ComputedKeyMemberSpec> Read(EntityModel entity, CancellationToken cancellationToken)
        {
            var result = new List<ComputedKeyMemberSpec>();
            foreach (var computed in ComputedKeyMemberModel.OfTableKey(entity, cancellationToken))
            {
                var body = new StringBuilder(computed.Expression);
                foreach (var use in computed.Uses.OrderByDescending(u => u.Start))
                {
                    body.Remove(use.Start, use.Length).Insert(use.Start, GeneratedNames.Parameter(use.MemberName));
                }

                var sources = computed.Sources.Select(s => new ComputedSourceSpec(s.Symbol.Name, GeneratedNames.Parameter(s.Symbol.Name), TypeNames.Of(s.Type))).ToEquatableArray();
                result.Add(new ComputedKeyMemberSpec(
                    MemberName: computed.Member.Symbol.Name,
                    TypeName: TypeNames.Of(computed.Member.Type),
                    HelperName: "DynamoCompute" + computed.Member.Symbol.Name,
                    Sources: sources,
                    Body: body.ToString().Replace("\r\n", "\n"),
                    Usings: UsingsOf(computed.Member.Symbol, cancellationToken)));
            }

            return result.ToEquatableArray();
        }

        /// <summary>The parameters of the overloads: the primary key's, each computed one replaced by the members it reads.</summary>
        public static List<(string Name, string Type)> Parameters(EntitySpec spec)
        {
            var primary = spec.PrimaryKeyParameters();
            var result = new List<(string Name, string Type)>();
            foreach (var parameter in primary)
            {
                var computed = Find(spec, parameter.MemberName);
                if (computed is null)
                {
                    result.Add((parameter.ParameterName, parameter.Type.ValueTypeName));
                    continue;
                }

                foreach (var source in computed.Sources)
                {
                    if (!primary.Exists(p => p.MemberName == source.MemberName) && !result.Exists(r => r.Name == source.ParameterName))
                    {
                        result.Add((source.ParameterName, source.TypeName));
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// True when the overloads would have the parameter types of the generated GetAsync/DeleteAsync (SortNumber and
        /// Number are both int): the overloads then take their place, the computed value stays reachable through
        /// <c>Keys.PrimaryKey</c>.
        /// </summary>
        public static bool ReplacesPrimaryKeyMethods(EntitySpec spec)
            => spec.ComputedKeyMembers.Count > 0
               && Parameters(spec).Select(p => p.Type).SequenceEqual(spec.PrimaryKeyParameters().Select(p => p.Type.ValueTypeName));

        /// <summary>The GetAsync/DeleteAsync overloads, inside the repository extensions class.</summary>
        public static void EmitRepositoryMethods(SourceWriter w, EntitySpec spec, string repository, string[] ownParameters)
        {
            if (spec.ComputedKeyMembers.Count == 0)
            {
                return;
            }

            var parameters = Parameters(spec);
            if (parameters.Any(p => ownParameters.Contains(p.Name)))
            {
                return;
            }

            var entity = spec.TypeName;
            var list = string.Join(", ", parameters.Select(p => p.Type + " " + p.Name));
            var key = entity + ".PrimaryKeyOf(" + string.Join(", ", parameters.Select(p => p.Name)) + ")";
            var computed = string.Join(", ", spec.ComputedKeyMembers.Select(c => c.MemberName));
            const string Dynamo = "global::Boto3Assist.DynamoDb.";
            const string Token = "global::System.Threading.CancellationToken cancellationToken = default";
            if (!ReplacesPrimaryKeyMethods(spec))
            {
                w.WriteLine();
            }

            w.WriteLine("/// <summary>Reads the " + spec.Name + " with this key, given the members " + XmlDoc.Text(computed) + " is computed from; null when there is none.</summary>");
            w.WriteLine("public static global::System.Threading.Tasks.Task<" + entity + "?> GetAsync(" + repository + ", " + list + ", bool consistentRead = false, " + Dynamo + "DynamoProjection<" + entity + ">? projection = null, " + Token + ")");
            w.WriteLine("    => repository.GetAsync(" + key + ", consistentRead, projection, cancellationToken);");
            w.WriteLine();
            w.WriteLine("/// <summary>Deletes the " + spec.Name + " with this key, given the members " + XmlDoc.Text(computed) + " is computed from, if the condition holds; returns the deleted item, or null.</summary>");
            w.WriteLine("public static global::System.Threading.Tasks.Task<" + entity + "?> DeleteAsync(" + repository + ", " + list + ", " + Dynamo + "DynamoCondition<" + entity + ">? condition = null, " + Token + ")");
            w.WriteLine("    => repository.DeleteAsync(" + key + ", condition, cancellationToken);");
        }

        /// <summary>The file with the helpers and <c>PrimaryKeyOf</c>, in the entity's partial; null when it has no computed key member.</summary>
        public static string? Render(EntitySpec spec)
        {
            if (spec.ComputedKeyMembers.Count == 0 || spec.ContainingTypes.Count > 0)
            {
                return null;
            }

            var w = new SourceWriter();
            w.WriteLine("// <auto-generated/>");
            w.WriteLine(GeneratedCode.NullableContext);
            foreach (var directive in spec.ComputedKeyMembers.SelectMany(c => c.Usings).Distinct())
            {
                w.WriteLine(directive);
            }

            w.WriteLine();
            if (spec.Namespace.Length > 0)
            {
                w.OpenBlock("namespace " + spec.Namespace);
            }

            w.OpenBlock("partial " + spec.Keyword.Replace("readonly ", string.Empty) + " " + spec.Name);
            var parameters = Parameters(spec);
            var arguments = spec.PrimaryKeyParameters().Select(p => Find(spec, p.MemberName) is { } c
                ? c.HelperName + "(" + string.Join(", ", c.Sources.Select(s => s.ParameterName)) + ")"
                : p.ParameterName);
            w.WriteLine("/// <summary>");
            w.WriteLine("/// The primary key from the members a user knows: " + XmlDoc.Text(string.Join(", ", spec.ComputedKeyMembers.Select(c => c.MemberName))) + " computed from them as the entity computes it.");
            w.WriteLine("/// </summary>");
            foreach (var parameter in parameters)
            {
                w.WriteLine("/// <param name=\"" + parameter.Name.TrimStart('@') + "\">The value of the member this parameter is named for.</param>");
            }

            w.WriteLine("/// <returns>The key, as <c>ToKey()</c> of an entity with these members returns it.</returns>");
            w.WriteLine(GeneratedCode.Attribute);
            w.WriteLine("public static " + Item + " PrimaryKeyOf(" + string.Join(", ", parameters.Select(p => p.Type + " " + p.Name)) + ")");
            w.WriteLine("    => " + spec.KeysName + ".PrimaryKey(" + string.Join(", ", arguments) + ");");
            foreach (var computed in spec.ComputedKeyMembers)
            {
                w.WriteLine();
                w.WriteLine("/// <summary>Computes " + XmlDoc.Text(computed.MemberName) + " from the members it reads, with its own expression. Meant only for generated code.</summary>");
                w.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                w.WriteLine(GeneratedCode.Attribute);
                w.WriteLine("internal static " + computed.TypeName + " " + computed.HelperName + "(" + string.Join(", ", computed.Sources.Select(s => s.TypeName + " " + s.ParameterName)) + ")");
                var lines = computed.Body.Split('\n');
                w.WriteLine("    => " + lines[0].TrimEnd() + (lines.Length == 1 ? ";" : string.Empty));
                for (var i = 1; i < lines.Length; i++)
                {
                    w.WriteLine("    " + lines[i].TrimEnd() + (i == lines.Length - 1 ? ";" : string.Empty));
                }
            }

            w.CloseBlock();
            if (spec.Namespace.Length > 0)
            {
                w.CloseBlock();
            }

            return w.ToString();
        }

        /// <summary><c>Namespace.Type.ComputedKeys.g.cs</c>.</summary>
        public static string HintName(EntitySpec spec) => spec.HintName.Replace(".DynamoEntity.g.cs", ".ComputedKeys.g.cs");

        private static ComputedKeyMemberSpec? Find(EntitySpec spec, string memberName)
        {
            foreach (var computed in spec.ComputedKeyMembers)
            {
                if (computed.MemberName == memberName)
                {
                    return computed;
                }
            }

            return null;
        }

        /// <summary>The using directives in scope where <paramref name="member"/> is declared (file and enclosing namespaces).</summary>
        private static EquatableArray<string> UsingsOf(ISymbol member, CancellationToken cancellationToken)
        {
            var result = new List<string>();
            var syntax = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            for (var node = syntax.Parent; node is not null; node = node.Parent)
            {
                var usings = node switch
                {
                    CompilationUnitSyntax unit => unit.Usings,
                    BaseNamespaceDeclarationSyntax ns => ns.Usings,
                    _ => default,
                };
                foreach (var directive in usings)
                {
                    if (directive.GlobalKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None))
                    {
                        result.Add(directive.WithoutTrivia().ToString());
                    }
                }
            }

            return result.ToEquatableArray();
        }
    }
}
