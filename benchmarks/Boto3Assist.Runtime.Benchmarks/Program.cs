using System.Globalization;
using BenchmarkDotNet.Running;
using Boto3Assist.Runtime.Benchmarks;

// dotnet run -c Release --project benchmarks/Boto3Assist.Runtime.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project benchmarks/Boto3Assist.Runtime.Benchmarks -- memory 10000 100000 1000000
if (args is ["memory", .. var counts])
{
    await JsonLinesMemoryMeasurement.RunAsync(counts.Select(c => int.Parse(c, CultureInfo.InvariantCulture)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
