// Keys built from computed members: a key placeholder that names a get-only member computed from others
// ("ISSUE#{Status}#{SortNumber:D7}" with "SortNumber => Status == IssueStatus.Open ? 9999999 - Number : Number").
// A user knows Status and Number, not SortNumber; this reads, from the member's expression body, which stored members it
// is computed from, so the generator can offer key overloads that take those and compute the key member as the
// entity does. Read from syntax: the expression is recomputed in a static helper beside the entity, with each member
// it reads replaced by a parameter.
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Shared.Model
{
    /// <summary>A member the computed one reads, at one place in its expression.</summary>
    internal readonly struct ComputedMemberUse
    {
        public ComputedMemberUse(int start, int length, string memberName)
        {
            Start = start;
            Length = length;
            MemberName = memberName;
        }

        /// <summary>Offset in <see cref="ComputedKeyMemberModel.Expression"/>.</summary>
        public int Start { get; }

        public int Length { get; }

        public string MemberName { get; }
    }

    /// <summary>A get-only, expression-bodied member used in a key, and the stored members its value is computed from.</summary>
    internal sealed class ComputedKeyMemberModel
    {
        private ComputedKeyMemberModel(MemberModel member, string expression, List<ComputedMemberUse> uses, List<MemberModel> sources)
        {
            Member = member;
            Expression = expression;
            Uses = uses;
            Sources = sources;
        }

        /// <summary>The computed member.</summary>
        public MemberModel Member { get; }

        /// <summary>The expression body, as written.</summary>
        public string Expression { get; }

        /// <summary>Every place the expression reads a member of the entity (<c>Status</c> or <c>this.Status</c>).</summary>
        public List<ComputedMemberUse> Uses { get; }

        /// <summary>The stored members it reads, in order of first use.</summary>
        public List<MemberModel> Sources { get; }

        /// <summary>
        /// The computed members of the table key that can be recomputed from stored members. A member is left out (and
        /// keeps asking for its value) when it is stored itself, has no single expression body, or its expression reads
        /// something a static helper cannot: another computed member, an instance method, <c>this</c> or <c>base</c>
        /// other than <c>this.Member</c>, or declares lambdas or variables (which could shadow member names).
        /// </summary>
        public static List<ComputedKeyMemberModel> OfTableKey(EntityModel entity, CancellationToken cancellationToken)
        {
            var result = new List<ComputedKeyMemberModel>();
            foreach (var member in entity.TableKeySourceMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!member.IsMapped && TryRead(entity, member, cancellationToken) is { } computed)
                {
                    result.Add(computed);
                }
            }

            return result;
        }

        private static ComputedKeyMemberModel? TryRead(EntityModel entity, MemberModel member, CancellationToken cancellationToken)
        {
            if (member.Symbol is not IPropertySymbol { IsStatic: false, SetMethod: null } property || property.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var expression = property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
            {
                PropertyDeclarationSyntax { ExpressionBody: { } body } => body.Expression,
                PropertyDeclarationSyntax { AccessorList: { } accessors } when accessors.Accessors.Count == 1 => Getter(accessors.Accessors[0]),
                _ => null,
            };
            if (expression is null)
            {
                return null;
            }

            var uses = new List<ComputedMemberUse>();
            var sources = new List<MemberModel>();
            var start = expression.SpanStart;
            foreach (var node in expression.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case LambdaExpressionSyntax or AnonymousMethodExpressionSyntax or DeclarationExpressionSyntax or DeclarationPatternSyntax or VarPatternSyntax or QueryExpressionSyntax:
                        return null;
                    case ThisExpressionSyntax or BaseExpressionSyntax:
                        if (node.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Expression == node)
                        {
                            continue; // this.Member: handled with its name
                        }

                        return null;
                    case IdentifierNameSyntax identifier:
                        var name = identifier.Identifier.ValueText;
                        if (identifier.Parent is MemberAccessExpressionSyntax parentAccess && parentAccess.Name == identifier)
                        {
                            if (parentAccess.Expression is not ThisExpressionSyntax)
                            {
                                continue; // Other.Member: not ours
                            }

                            if (!Use(entity, member, name, parentAccess, start, uses, sources))
                            {
                                return null;
                            }

                            continue;
                        }

                        if (identifier.Parent is NameColonSyntax or NameEqualsSyntax)
                        {
                            continue;
                        }

                        if (!Use(entity, member, name, identifier, start, uses, sources))
                        {
                            return null;
                        }

                        break;
                }
            }

            return sources.Count == 0 ? null : new ComputedKeyMemberModel(member, expression.ToString(), uses, sources);
        }

        /// <summary>Records a use of <paramref name="name"/>; false when it is something a static helper cannot read.</summary>
        private static bool Use(EntityModel entity, MemberModel computed, string name, SyntaxNode node, int start, List<ComputedMemberUse> uses, List<MemberModel> sources)
        {
            var used = entity.FindMember(name);
            if (used is null)
            {
                // Not a readable member: a type, a constant, a static member are fine; an instance method is not.
                for (var type = entity.Type; type is not null; type = type.BaseType)
                {
                    foreach (var symbol in type.GetMembers(name))
                    {
                        if (!symbol.IsStatic && symbol.Kind is SymbolKind.Method or SymbolKind.Property or SymbolKind.Field or SymbolKind.Event)
                        {
                            return false;
                        }
                    }
                }

                return true;
            }

            if (used == computed || !used.IsMapped)
            {
                return false;
            }

            uses.Add(new ComputedMemberUse(node.SpanStart - start, node.Span.Length, name));
            if (!sources.Contains(used))
            {
                sources.Add(used);
            }

            return true;
        }

        private static ExpressionSyntax? Getter(AccessorDeclarationSyntax accessor)
        {
            if (!accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                return null;
            }

            if (accessor.ExpressionBody is { } body)
            {
                return body.Expression;
            }

            return accessor.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
        }
    }
}
