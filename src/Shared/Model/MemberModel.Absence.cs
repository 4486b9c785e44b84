using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Shared.Model
{
    /// <summary>What FromItem does for a member whose attribute is absent from the item.</summary>
    internal enum AbsentAttributeRead
    {
        /// <summary>It fails: the member is required on read (non-nullable, no default).</summary>
        Throw = 0,

        /// <summary>The constructor parameter's default value.</summary>
        ParameterDefault,

        /// <summary>The member's initializer value.</summary>
        Initializer,

        /// <summary>null / default (a nullable member).</summary>
        Null,

        /// <summary>An empty set (empty sets are never stored).</summary>
        EmptySet,

        /// <summary>Version 0: the entity's [DynamoVersion] member of an item no versioned write has touched.</summary>
        VersionZero,
    }

    internal sealed partial class MemberModel
    {
        /// <summary>
        /// What FromItem does when the member's attribute is absent, in this order: the constructor parameter's default,
        /// the initializer (members set outside the constructor), null for a nullable member, an empty set, version 0 for
        /// the entity's [DynamoVersion]; otherwise it throws. The generator emits this; the schema file calls the last
        /// case "required on read".
        /// </summary>
        /// <param name="isEntityMember">The member belongs to the entity itself (not a nested type): its [DynamoVersion] counts.</param>
        public AbsentAttributeRead WhenAbsent(bool isEntityMember)
        {
            if (IsComputed)
            {
                // Never read back (its getter recomputes it), so an item without it reads as well as one with it.
                return AbsentAttributeRead.Null;
            }

            if (ConstructorParameter is { HasExplicitDefaultValue: true })
            {
                return AbsentAttributeRead.ParameterDefault;
            }

            if (ConstructorParameter is null && HasInitializer(Symbol))
            {
                return AbsentAttributeRead.Initializer;
            }

            if (Classification.IsNullable)
            {
                return AbsentAttributeRead.Null;
            }

            if (Converter is null && Classification.Kind == MemberMappingKind.Set)
            {
                return AbsentAttributeRead.EmptySet;
            }

            return isEntityMember && Version is not null ? AbsentAttributeRead.VersionZero : AbsentAttributeRead.Throw;
        }

        /// <summary>Whether FromItem fails when the member's attribute is absent (see <see cref="WhenAbsent"/>).</summary>
        public bool IsRequiredOnRead(bool isEntityMember) => WhenAbsent(isEntityMember) == AbsentAttributeRead.Throw;

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
