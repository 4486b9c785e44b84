using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Boto3Assist.Analyzers.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
