using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A4004 a constant expression assigned to an AWS SDK request that DynamoDB rejects outright: longer than 4 KB,
    /// or an IN list with more than 100 operands.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExpressionLimitAnalyzer : DiagnosticAnalyzer
    {
        internal const int MaxExpressionBytes = 4096;
        internal const int MaxInOperands = 100;

        private static readonly Regex InList = new Regex(@"\bIN\s*\(([^)]*)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExpressionOverLimit);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(Analyze, OperationKind.SimpleAssignment);
        }

        private static void Analyze(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var kind = ExpressionReservedWordAnalyzer.ExpressionKind((assignment.Target as IPropertyReferenceOperation)?.Property);
            if (kind is null || assignment.Value.ConstantValue.Value is not string expression)
            {
                return;
            }

            var location = assignment.Value.Syntax.GetLocation();
            var bytes = Encoding.UTF8.GetByteCount(expression);
            if (bytes > MaxExpressionBytes)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ExpressionOverLimit, location, kind, "is " + bytes + " bytes long, over the 4 KB limit"));
                return;
            }

            foreach (Match match in InList.Matches(expression))
            {
                var operands = match.Groups[1].Value.Split(',').Length;
                if (operands > MaxInOperands)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ExpressionOverLimit, location, kind, "has an IN list of " + operands + " operands, over the limit of 100"));
                    return;
                }
            }
        }
    }
}
