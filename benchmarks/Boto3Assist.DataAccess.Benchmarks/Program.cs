using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Boto3Assist.DataAccess.Benchmarks.BatchWriteBenchmarks).Assembly).Run(args);
