using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0010 the generated code creates a [DynamoConverter] with <c>new()</c> and calls it as IDynamoConverter&lt;T&gt; for the
    /// member type: a converter for another type, abstract, generic or without a public parameterless constructor cannot compile.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConverterAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidConverter);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var member in entity.Members)
            {
                if (member.Converter is null || member.Converter.ConstructorArguments.Length == 0)
                {
                    continue;
                }

                var converter = member.Converter.ConstructorArguments[0].Value as ITypeSymbol;
                if (!MemberTypeClassifier.IsConverterFor(converter, member.Type, out var reason))
                {
                    var location = SourceLocations.Of(SourceLocations.ArgumentExpression(member.Converter, 0, "converterType"), member.Converter, member.Symbol);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidConverter, location, member.Name, reason));
                }
            }
        }
    }
}
