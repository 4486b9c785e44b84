using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Shared.Model
{
    internal sealed partial class MemberModel
    {
        /// <summary>
        /// Whether FromItem fails when the member's attribute is absent: it has no constructor default, no initializer, is
        /// not nullable, not a set (empty sets are never stored) and not the entity's [DynamoVersion] (absent = 0). The
        /// generator's parser makes the same decision when it picks the member's <c>AbsentValue</c>.
        /// </summary>
        /// <param name="isEntityMember">The member belongs to the entity itself (not a nested type): its [DynamoVersion] counts.</param>
        public bool IsRequiredOnRead(bool isEntityMember)
        {
            if (ConstructorParameter is not null)
            {
                if (ConstructorParameter.HasExplicitDefaultValue)
                {
                    return false;
                }
            }
            else if (HasInitializer(Symbol))
            {
                return false;
            }

            if (Classification.IsNullable || (Converter is null && Classification.Kind == MemberMappingKind.Set))
            {
                return false;
            }

            return !(isEntityMember && Version is not null);
        }

        /// <summary>Whether the property or field is declared with an initializer (<c>= ...</c>).</summary>
        public static bool HasInitializer(ISymbol member)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                if ((syntax is PropertyDeclarationSyntax property && property.Initializer is not null)
                    || (syntax is VariableDeclaratorSyntax variable && variable.Initializer is not null))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
