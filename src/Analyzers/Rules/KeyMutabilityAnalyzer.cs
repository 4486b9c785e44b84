using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A1003 a member that feeds the table key should not be settable: changing it and saving writes a new item
    /// under the new key and leaves the old one behind. <c>init</c> keeps object initializers working.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeyMutabilityAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SettableKeyMember);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var member in entity.TableKeySourceMembers())
            {
                if (member.Symbol is IPropertySymbol { SetMethod: { IsInitOnly: false } } property
                    && SetterKeyword(property, context.CancellationToken) is { } setter)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SettableKeyMember, setter, member.Name, entity.Name));
                }
            }
        }

        private static Location? SetterKeyword(IPropertySymbol property, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { AccessorList: { } accessors })
                {
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.IsKind(SyntaxKind.SetAccessorDeclaration))
                        {
                            return accessor.Keyword.GetLocation();
                        }
                    }
                }
            }

            return null;
        }
    }
}
