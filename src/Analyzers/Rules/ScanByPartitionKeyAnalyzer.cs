using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Boto3Assist.Analyzers.Expressions;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A4002 a ScanRequest on a table of this compilation whose FilterExpression tests the table's partition key with
    /// '=': a Scan reads (and bills) every item in the table before filtering, a Query reads one partition.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ScanByPartitionKeyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ScanByPartitionKey);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = EntityModelCache.Known(start.Compilation);
                var scanRequest = start.Compilation.GetTypeByMetadataName("Amazon.DynamoDBv2.Model.ScanRequest");
                if (known is null || scanRequest is null)
                {
                    return;
                }

                var keys = new Lazy<TablePartitionKeys>(() => TablePartitionKeys.Build(known, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterOperationAction(
                    operationContext => Analyze(operationContext, scanRequest, keys),
                    OperationKind.ObjectCreation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol scanRequest, Lazy<TablePartitionKeys> keys)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!SymbolEqualityComparer.Default.Equals(creation.Type, scanRequest) || creation.Initializer is null)
            {
                return;
            }

            string? table = null;
            string? filter = null;
            IOperation? filterValue = null;
            var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                {
                    continue;
                }

                switch (target.Property.Name)
                {
                    case "TableName":
                        table = assignment.Value.ConstantValue.Value as string;
                        break;
                    case "FilterExpression":
                        filter = assignment.Value.ConstantValue.Value as string;
                        filterValue = assignment.Value;
                        break;
                    case "ExpressionAttributeNames":
                        ReadAliases(assignment.Value, aliases);
                        break;
                }
            }

            if (table is null || filter is null || filterValue is null)
            {
                return;
            }

            foreach (var name in ExpressionNameScanner.EqualityNames(filter))
            {
                var attribute = name.StartsWith("#", StringComparison.Ordinal) ? (aliases.TryGetValue(name, out var real) ? real : null) : name;
                if (attribute is not null && keys.Value.IsPartitionKey(table, attribute))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ScanByPartitionKey, filterValue.Syntax.GetLocation(), table, attribute));
                    return;
                }
            }
        }

        /// <summary>Reads constant entries of <c>new Dictionary&lt;string, string&gt; { {"#a", "b"}, ["#c"] = "d" }</c>.</summary>
        private static void ReadAliases(IOperation value, Dictionary<string, string> aliases)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is not IObjectCreationOperation { Initializer: { } initializer })
            {
                return;
            }

            foreach (var entry in initializer.Initializers)
            {
                if (entry is IInvocationOperation { Arguments.Length: 2 } add
                    && add.Arguments[0].Value.ConstantValue.Value is string alias
                    && add.Arguments[1].Value.ConstantValue.Value is string name)
                {
                    aliases[alias] = name;
                }
                else if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } set
                    && indexer.Arguments[0].Value.ConstantValue.Value is string indexAlias
                    && set.Value.ConstantValue.Value is string indexName)
                {
                    aliases[indexAlias] = indexName;
                }
            }
        }
    }
}
