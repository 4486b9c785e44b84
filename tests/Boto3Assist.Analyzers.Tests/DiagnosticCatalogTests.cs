using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Tests;

/// <summary>Every rule has its docs page (with the five sections), a help link and a release-tracking entry; every page has a rule.</summary>
public class DiagnosticCatalogTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_25_rules_with_unique_ids_in_their_ranges()
    {
        Assert.True(Descriptors.Length >= 25, $"only {Descriptors.Length} rules");
        Assert.Equal(Descriptors.Length, Descriptors.Select(d => d.Id).Distinct().Count());
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).OrderBy(x => x).ToArray();
        Assert.Equal(constants, Descriptors.Select(d => d.Id).OrderBy(x => x).ToArray());
        foreach (var d in Descriptors)
        {
            Assert.Matches("^B3A[0-5][0-9]{3}$", d.Id);
            var expectedCategory = d.Id[3] switch
            {
                '0' => DiagnosticDescriptors.ModelCategory,
                '1' => DiagnosticDescriptors.KeyDesignCategory,
                '2' => DiagnosticDescriptors.TableCategory,
                '3' => DiagnosticDescriptors.TtlVersionCategory,
                '4' => DiagnosticDescriptors.UsageCategory,
                _ => DiagnosticDescriptors.LifecycleCategory,
            };
            Assert.Equal(expectedCategory, d.Category);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_docs_page_with_five_sections_and_help_link(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Equal($"https://github.com/boto3assist/boto3assist-generators/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        var page = Path.Combine(RepoRoot, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: ", text);
        foreach (var section in new[] { "## Cause", "## Rule", "## How to fix", "## Example", "## When to suppress" })
        {
            Assert.Contains(section, text);
        }

        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text);
        var index = File.ReadAllText(Path.Combine(RepoRoot, "docs", "diagnostics", "README.md"));
        Assert.Contains($"[{id}]({id}.md)", index);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_is_tracked_in_unshipped_releases_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var unshipped = File.ReadAllLines(Path.Combine(RepoRoot, "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        var row = unshipped.SingleOrDefault(l => l.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.NotNull(row);
        var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Category, cells[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
    }

    [Fact]
    public void Every_docs_page_has_a_rule()
    {
        // The generator's own diagnostic (B3A9001) is documented beside the rules.
        var generatorIds = typeof(Boto3Assist.Generators.EntityGenerator).Assembly.GetType("Boto3Assist.Generators.GeneratorDiagnostics", throwOnError: true)!
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id);
        var ids = Descriptors.Select(d => d.Id).Concat(generatorIds).ToHashSet();
        foreach (var page in Directory.GetFiles(Path.Combine(RepoRoot, "docs", "diagnostics"), "B3A*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), ids);
        }
    }

    [Fact]
    public void Every_rule_is_supported_by_exactly_one_analyzer_and_every_fix_targets_a_known_rule()
    {
        var analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToArray();
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id)).ToArray();
        Assert.Equal(supported.Length, supported.Distinct().Count());
        Assert.Equal(Descriptors.Select(d => d.Id).OrderBy(x => x), supported.OrderBy(x => x));

        var fixes = typeof(Boto3Assist.Analyzers.CodeFixes.MakePartialCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToArray();
        Assert.True(fixes.Length >= 10, $"only {fixes.Length} code fixes");
        var fixable = fixes.SelectMany(f => f.FixableDiagnosticIds).ToHashSet();
        foreach (var id in fixable)
        {
            Assert.Contains(id, supported);
        }

        // The docs say "Code fix | yes" exactly for the rules that have one.
        foreach (var id in supported)
        {
            var page = File.ReadAllText(Path.Combine(RepoRoot, "docs", "diagnostics", id + ".md"));
            Assert.Contains($"| Code fix | {(fixable.Contains(id) ? "yes" : "no")} |", page);
        }
    }

    [Fact]
    public void Analyzers_document_every_setting()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot, "docs", "analyzers.md"));
        foreach (var key in new[] { "boto3assist.max_gsi_count", "boto3assist.key_delimiter", "boto3assist.max_nesting_depth" })
        {
            Assert.Contains(key, text);
        }

        foreach (var d in Descriptors)
        {
            Assert.Matches(new Regex(Regex.Escape(d.Id)), text);
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Boto3Assist.Generators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
