namespace Boto3Assist.Packaging.Tests;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding Boto3Assist.Generators.sln, found from the test assembly upwards.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Boto3Assist.Generators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Boto3Assist.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
