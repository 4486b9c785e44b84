using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Boto3Assist.Analyzers.Tests.Verifiers;

/// <summary>Checks a code fix: the diagnostics before, the text after, and (with FixAll) every occurrence fixed at once.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static async Task VerifyAsync(string source, string fixedSource, int? codeActionIndex = null, string? codeActionEquivalenceKey = null)
    {
        var test = new Test
        {
            TestCode = AnalyzerVerifier<TAnalyzer>.Usings + source,
            FixedCode = AnalyzerVerifier<TAnalyzer>.Usings + fixedSource,
            CodeActionIndex = codeActionIndex,
            CodeActionEquivalenceKey = codeActionEquivalenceKey,
        };
        await test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            FixedState.AdditionalReferences.AddRange(TestReferences.All);
            BatchFixedState.AdditionalReferences.AddRange(TestReferences.All);
            CompilerDiagnostics = CompilerDiagnostics.Errors;
        }

        protected override ParseOptions CreateParseOptions() =>
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
