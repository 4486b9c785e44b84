using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A4003 collection literals that DynamoDB rejects whole: more than 25 WriteRequests (BatchWriteItem), 100
    /// TransactWriteItems or TransactGetItems, or 100 keys in KeysAndAttributes.Keys (BatchGetItem).
    /// Reported on the first element over the limit.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RequestLimitAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RequestOverLimit);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName("Amazon.DynamoDBv2.Model.WriteRequest") is null)
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(
                    Analyze,
                    SyntaxKind.CollectionInitializerExpression,
                    SyntaxKind.ArrayInitializerExpression,
                    SyntaxKind.CollectionExpression);
            });
        }

        private static void Analyze(SyntaxNodeAnalysisContext context)
        {
            IReadOnlyList<SyntaxNode> elements;
            SyntaxNode typed;
            switch (context.Node)
            {
                case InitializerExpressionSyntax initializer:
                    elements = initializer.Expressions;
                    typed = initializer.Parent is ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
                        ? initializer.Parent
                        : initializer;
                    break;
                case CollectionExpressionSyntax collection:
                    foreach (var element in collection.Elements)
                    {
                        if (element is not ExpressionElementSyntax)
                        {
                            return;
                        }
                    }

                    elements = collection.Elements;
                    typed = collection;
                    break;
                default:
                    return;
            }

            if (elements.Count <= 25)
            {
                return;
            }

            var typeInfo = context.SemanticModel.GetTypeInfo(typed, context.CancellationToken);
            var elementType = ElementType(typeInfo.ConvertedType ?? typeInfo.Type);
            if (elementType is null || elementType.ContainingNamespace?.ToDisplayString() is not ("Amazon.DynamoDBv2.Model" or "System.Collections.Generic"))
            {
                return;
            }

            var (what, operation, limit) = elementType.Name switch
            {
                "WriteRequest" => ("write requests", "BatchWriteItem", 25),
                "TransactWriteItem" => ("transaction items", "TransactWriteItems", 100),
                "TransactGetItem" => ("transaction items", "TransactGetItems", 100),
                "Dictionary" when IsBatchGetKeys(typed, context) => ("keys", "BatchGetItem", 100),
                _ => (string.Empty, string.Empty, int.MaxValue),
            };
            if (elements.Count > limit)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RequestOverLimit, elements[limit].GetLocation(), elements.Count, what, operation, limit));
            }
        }

        private static ITypeSymbol? ElementType(ITypeSymbol? type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type is INamedTypeSymbol { IsGenericType: true } named && named.TypeArguments.Length == 1)
            {
                return named.TypeArguments[0];
            }

            return null;
        }

        /// <summary>True when the literal is assigned to KeysAndAttributes.Keys.</summary>
        private static bool IsBatchGetKeys(SyntaxNode literal, SyntaxNodeAnalysisContext context)
        {
            if (literal.Parent is AssignmentExpressionSyntax assignment && assignment.Right == literal
                && context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is IPropertySymbol { Name: "Keys" } property)
            {
                return property.ContainingType.Name == "KeysAndAttributes";
            }

            return false;
        }
    }
}
