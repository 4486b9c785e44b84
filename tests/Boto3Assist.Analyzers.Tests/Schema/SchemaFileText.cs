using Boto3Assist.Analyzers.Tests.Verifiers;
using Boto3Assist.Shared.Model;
using Boto3Assist.Shared.Model.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Analyzers.Tests.Schema;

/// <summary>Stored shapes and dynamo-schema.json texts of test models, read through the shared model as the generator reads them.</summary>
internal static class SchemaFileText
{
    /// <summary>The file the update command would write for <paramref name="source"/> (with the verifiers' usings).</summary>
    public static string For(string source) => SchemaFileWriter.Write(Shapes(source));

    public static StoredShape Shape(string source, string entity = "Order") =>
        Shapes(source).Single(s => s.Entity == entity);

    public static List<StoredShape> Shapes(string source)
    {
        var compilation = CSharpCompilation.Create(
            "SchemaModels",
            new[] { CSharpSyntaxTree.ParseText(AnalyzerVerifier<Boto3Assist.Analyzers.Rules.SchemaFileAnalyzer>.Usings + source, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var shapes = new List<StoredShape>();
        foreach (var type in Types(compilation.Assembly.GlobalNamespace))
        {
            if (EntityModel.TryRead(type, CancellationToken.None) is { } entity)
            {
                Assert.Empty(entity.Blockers);
                shapes.Add(StoredShapes.Of(entity, CancellationToken.None));
            }
        }

        return shapes;
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in Types(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in Types(type))
                {
                    yield return nested;
                }
            }
        }
    }
}
