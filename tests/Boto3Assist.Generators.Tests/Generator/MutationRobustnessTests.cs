using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// Every model file with one line deleted, and with each brace or quote character removed: half-typed code as an IDE
/// sees it. The generator must never throw, and what it generates must not be the cause of errors.
/// </summary>
public class MutationRobustnessTests
{
    public static TheoryData<string> Files() => new() { "Orders.cs", "Records.cs", "ClassicUser.cs", "EdgeCases.cs" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Deleting_any_one_line_never_breaks_the_generator(string file)
    {
        var lines = ModelSources.Read(file).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var mutated = string.Join('\n', lines.Where((_, j) => j != i));
            AssertSafe(mutated, $"{file} without line {i + 1}: {lines[i].Trim()}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Deleting_any_one_brace_quote_or_bracket_never_breaks_the_generator(string file)
    {
        var source = ModelSources.Read(file);
        for (var i = 0; i < source.Length; i++)
        {
            if ("{}\"()[]<>?".IndexOf(source[i]) < 0)
            {
                continue;
            }

            AssertSafe(source.Remove(i, 1), $"{file} without character {i} '{source[i]}'");
        }
    }

    private static void AssertSafe(string mutated, string what)
    {
        var output = GeneratorHarness.Run(ModelSources.ImplicitUsings, mutated, SupportTypes);

        Assert.True(output.RunResult.Results.All(r => r.Exception is null), what + ": " + output.RunResult.Results.First().Exception);
        Assert.True(output.GeneratorDiagnostics.IsEmpty, what);
    }

    /// <summary>Types the model files use from AllTypes.cs, declared once so mutated files still bind.</summary>
    private const string SupportTypes = """
        namespace Boto3Assist.Generators.Tests.Models;
        public enum Color { Red, Green, Blue }
        """;
}
