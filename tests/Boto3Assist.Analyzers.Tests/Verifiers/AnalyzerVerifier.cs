using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Boto3Assist.Analyzers.Tests.Verifiers;

/// <summary>Runs one analyzer over sources written with {|B3Axxxx:span|} markup and checks exactly those diagnostics appear.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The usings every test source gets, so tests show only the model.</summary>
    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing Boto3Assist.DynamoDb;\n";

    public static Task VerifyAsync(string source, string? editorConfig = null) => VerifyAsync(new[] { source }, editorConfig);

    /// <summary>For diagnostics whose message arguments matter: mark spans {|#0:...|} and describe them here.</summary>
    public static async Task VerifyAsync(string source, DiagnosticResult[] expected)
    {
        var test = new Test();
        test.TestState.Sources.Add(Usings + source);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static async Task VerifyAsync(string[] sources, string? editorConfig = null)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(Usings + source);
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        await test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            // Info diagnostics (B3A0006, B3A1008) are part of what the tests check.
            CompilerDiagnostics = CompilerDiagnostics.Errors;
        }

        protected override ParseOptions CreateParseOptions() =>
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
