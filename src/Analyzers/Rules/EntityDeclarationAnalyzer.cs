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
    /// B3A0001 the entity (and every containing type) must be partial so generated members can join it;
    /// B3A0002 it needs a partition key; B3A0003 it has one partition key and at most one sort key.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EntityDeclarationAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.EntityNotPartial,
            DiagnosticDescriptors.MissingPartitionKey,
            DiagnosticDescriptors.DuplicateKeyDeclaration);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            var location = SourceLocations.First(entity.Type);
            if (DeclarationWithoutPartial(entity.Type) is { } notPartial)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EntityNotPartial, notPartial, entity.Name));
            }

            if (entity.TablePartitionKey is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingPartitionKey, location, entity.Name));
            }

            var partitionSeen = false;
            var sortSeen = false;
            foreach (var key in entity.Keys)
            {
                if (!key.IsTableKey)
                {
                    continue;
                }

                ref var seen = ref key.Role == KeyRole.TablePartition ? ref partitionSeen : ref sortSeen;
                if (seen)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DuplicateKeyDeclaration,
                        SourceLocations.Of(key.Attribute, key.Member?.Symbol ?? entity.Type),
                        entity.Name,
                        key.Description));
                }

                seen = true;
            }
        }

        internal override void RegisterMoreActions(CompilationStartAnalysisContext context, KnownSymbols known)
        {
            // Containing types are reported while analysing themselves, so each diagnostic stays local to its symbol.
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (DeclarationWithoutPartial(type) is { } notPartial && ContainsEntity(type, known))
                    {
                        symbolContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EntityNotPartial, notPartial, type.Name));
                    }
                },
                SymbolKind.NamedType);
        }

        private static bool ContainsEntity(INamedTypeSymbol type, KnownSymbols known)
        {
            foreach (var nested in type.GetTypeMembers())
            {
                foreach (var attribute in nested.GetAttributes())
                {
                    if (KnownSymbols.Is(attribute, known.DynamoTable))
                    {
                        return true;
                    }
                }

                if (ContainsEntity(nested, known))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The identifier of a declaration of <paramref name="type"/> without <c>partial</c>, or null. Every declaration
        /// must have it (CS0260), so a generated partial declaration does not make the user's one partial.
        /// </summary>
        private static Location? DeclarationWithoutPartial(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !HasPartial(declaration))
                {
                    return declaration.Identifier.GetLocation();
                }
            }

            return null;
        }

        private static bool HasPartial(TypeDeclarationSyntax declaration)
        {
            foreach (var modifier in declaration.Modifiers)
            {
                if (modifier.IsKind(SyntaxKind.PartialKeyword))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
