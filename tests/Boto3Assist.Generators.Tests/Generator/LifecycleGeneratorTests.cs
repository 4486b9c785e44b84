using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// The lifecycle files (<c>&lt;Type&gt;.Lifecycle.g.cs</c>: timestamps and validation checks), compared with
/// Baselines/Lifecycle/&lt;HintName&gt;.txt (BOTO3ASSIST_UPDATE_BASELINES=1 rewrites them), and what they must and must
/// not contain.
/// </summary>
public class LifecycleGeneratorTests
{
    private static IReadOnlyDictionary<string, string> LifecycleFiles(params string[] models)
    {
        var output = GeneratorHarness.Run(ModelSources.With(models)).AssertCompilesCleanly();
        return output.RunResult.Results.SelectMany(r => r.GeneratedSources)
            .Where(s => s.HintName.EndsWith(".Lifecycle.g.cs", StringComparison.Ordinal))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString());
    }

    [Fact]
    public void Lifecycle_baseline()
    {
        var generated = LifecycleFiles("Lifecycle.cs");
        Assert.Equal(["Boto3Assist.Generators.Tests.Models.Member.Lifecycle.g.cs", "Boto3Assist.Generators.Tests.Models.Stamp.Lifecycle.g.cs"], generated.Keys.Order(StringComparer.Ordinal));
        var directory = Path.Combine(ModelSources.ProjectDirectory(), "Baselines", "Lifecycle");
        if (Environment.GetEnvironmentVariable("BOTO3ASSIST_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(directory);
            foreach (var (hint, text) in generated)
            {
                File.WriteAllText(Path.Combine(directory, hint + ".txt"), text);
            }

            return;
        }

        foreach (var (hint, text) in generated)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(directory, hint + ".txt")).Replace("\r\n", "\n"), text);
        }
    }

    [Fact]
    public void Rules_that_cannot_run_and_map_values_are_left_out_and_cycles_end()
    {
        var member = LifecycleFiles("Lifecycle.cs")["Boto3Assist.Generators.Tests.Models.Member.Lifecycle.g.cs"];
        Assert.DoesNotContain("\"Misfit\"", member, StringComparison.Ordinal);      // [StringLength] on an int: B3A5003
        Assert.DoesNotContain("\"NotChecked\"", member, StringComparison.Ordinal);  // [Required] on an int always holds
        Assert.DoesNotContain("\"Named\"", member, StringComparison.Ordinal);       // map values are not checked
        Assert.Contains("DynamoValidate.Nested(errors, \"Previous\", value.Previous, Validate_1);", member, StringComparison.Ordinal);
        Assert.Contains("DynamoValidate.Elements(errors, \"PastAddresses\", value.PastAddresses, Validate_1);", member, StringComparison.Ordinal);
        Assert.Contains("message: \"Balance is out of [-10.5, 10.5].\"", member, StringComparison.Ordinal);
        Assert.Contains("DynamoValidate.Required(errors, \"DisplayName\", value.DisplayName);", member, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_without_timestamps_or_rules_get_no_lifecycle_file()
    {
        Assert.Empty(LifecycleFiles("Orders.cs"));
        Assert.Empty(LifecycleFiles("AllTypes.cs"));
    }
}
