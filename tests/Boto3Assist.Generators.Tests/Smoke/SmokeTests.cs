using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Smoke;

public class SmokeTests
{
    [Fact]
    public void Orders_model_generates_code_that_compiles()
    {
        var output = GeneratorHarness.Run(TestModels.Orders);
        File.WriteAllText("/tmp/orders.g.cs", string.Join("\n", output.Sources.Values));
        output.AssertCompilesCleanly();
    }
}
