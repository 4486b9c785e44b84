using System;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// The member an entity marks with an attribute an item holds once ([Ttl], [DynamoVersion]): every further marked
    /// member is reported, and so is a first one whose type the attribute cannot use. Ignored members do not count.
    /// </summary>
    internal sealed class OncePerItemMember
    {
        private OncePerItemMember(MemberModel member, Location location, bool hasValidType)
        {
            Member = member;
            Location = location;
            HasValidType = hasValidType;
        }

        public MemberModel Member { get; }

        /// <summary>Where the attribute is written (the place rule-specific diagnostics point at too).</summary>
        public Location Location { get; }

        public bool HasValidType { get; }

        /// <summary>Reports duplicates and a wrong type; returns the first marked member, or null when there is none.</summary>
        public static OncePerItemMember? Check(
            SymbolAnalysisContext context,
            EntityModel entity,
            Func<MemberModel, AttributeData?> marker,
            DiagnosticDescriptor duplicate,
            Func<ITypeSymbol, bool> isValidType,
            DiagnosticDescriptor invalidType)
        {
            OncePerItemMember? first = null;
            foreach (var member in entity.Members)
            {
                if (marker(member) is not { } attribute || member.IsIgnored)
                {
                    continue;
                }

                var location = SourceLocations.Of(attribute, member.Symbol);
                if (first is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(duplicate, location, entity.Name, member.Name, first.Member.Name));
                    continue;
                }

                var valid = isValidType(member.Type);
                if (!valid)
                {
                    context.ReportDiagnostic(Diagnostic.Create(invalidType, location, member.Name, member.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
                }

                first = new OncePerItemMember(member, location, valid);
            }

            return first;
        }
    }
}
