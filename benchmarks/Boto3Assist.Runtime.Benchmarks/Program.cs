using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Boto3Assist.Runtime.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
