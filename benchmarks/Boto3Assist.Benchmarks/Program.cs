using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Boto3Assist.Benchmarks -- --filter '*Mapping*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
