using System.Collections.Immutable;
using Boto3Assist.Analyzers.Expressions;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A4001 an expression string literal assigned to an AWS SDK request (KeyConditionExpression, FilterExpression,
    /// ConditionExpression, UpdateExpression, ProjectionExpression) that names a reserved word such as 'status' or
    /// 'name' directly: DynamoDB rejects the whole request with a ValidationException.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExpressionReservedWordAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ReservedWordInExpression);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(Analyze, OperationKind.SimpleAssignment);
        }

        internal static string? ExpressionKind(ISymbol? target)
        {
            if (target is not IPropertySymbol property || property.ContainingNamespace?.ToDisplayString() != "Amazon.DynamoDBv2.Model")
            {
                return null;
            }

            return property.Name is "KeyConditionExpression" or "FilterExpression" or "ConditionExpression" or "UpdateExpression" or "ProjectionExpression"
                ? property.Name
                : null;
        }

        private static void Analyze(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var kind = ExpressionKind((assignment.Target as IPropertyReferenceOperation)?.Property);
            if (kind is null || assignment.Value.Syntax is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return;
            }

            var token = literal.Token;
            var text = token.ValueText;
            var exactOffsets = token.Text.Length >= 2 && token.Text[0] == '"' && token.Text.Length - 2 == text.Length;
            foreach (var (name, start) in ExpressionNameScanner.Names(text))
            {
                if (!ReservedWords.IsReserved(name))
                {
                    continue;
                }

                var location = exactOffsets
                    ? Location.Create(literal.SyntaxTree, new TextSpan(token.SpanStart + 1 + start, name.Length))
                    : literal.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ReservedWordInExpression, location, name, kind, name));
            }
        }
    }
}
