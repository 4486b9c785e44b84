using System.Text.RegularExpressions;

namespace Boto3Assist.Packaging.Tests;

/// <summary>
/// Our users are AOT-compiled Lambda functions: the orders sample must publish with PublishAot and zero trim/AOT
/// warnings, and the native binary must run the whole scenario against DynamoDB Local. Warnings alone prove nothing
/// (the SDK's DynamoDBContext publishes clean and fails at run time), so the binary is run, on both transports.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class NativeAotSampleTests(PackageFeedFixture repository)
{
    [Fact]
    public async Task Orders_sample_publishes_with_native_aot_without_warnings_and_runs()
    {
        var project = Directory.GetFiles(Path.Combine(repository.RepositoryCopy, "samples", "Orders"), "*.csproj").Single();
        var output = Directory.CreateTempSubdirectory("boto3assist-aot-").FullName;
        try
        {
            var (code, log) = await DotnetCli.RunAsync(
                "dotnet",
                $"publish \"{project}\" -c Release -r linux-x64 -p:TreatWarningsAsErrors=false -o \"{output}\"",
                repository.RepositoryCopy,
                TimeSpan.FromMinutes(10));
            Assert.True(code == 0, "publish failed:\n" + log);
            var warnings = WarningLine().Matches(log).Select(m => m.Value).Distinct().ToList();
            Assert.True(warnings.Count == 0, "publish warnings:\n" + string.Join('\n', warnings));

            var binary = Path.Combine(output, Path.GetFileNameWithoutExtension(project));
            Assert.True(File.Exists(binary), "no native binary at " + binary);
            // On both transports: the SDK client's, and the runtime's own HTTP requests (signed by AWSSDK.Core).
            foreach (var transport in new[] { "sdk", "http" })
            {
                var (runCode, runLog) = await DotnetCli.RunAsync(binary, "--transport " + transport, output, TimeSpan.FromMinutes(3));
                Assert.True(runCode == 0, $"the native sample failed on the {transport} transport:\n" + runLog);
                Assert.Contains("Orders sample finished", runLog, StringComparison.Ordinal);
                Assert.Contains($"data access over the {transport.ToUpperInvariant()} transport", runLog, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [GeneratedRegex(@"^.*\bwarning [A-Z]+\d+:.*$", RegexOptions.Multiline)]
    private static partial Regex WarningLine();
}
