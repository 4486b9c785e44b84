using System.Runtime.CompilerServices;

namespace Boto3Assist.Generators.Tests.Infrastructure;

/// <summary>The test project's own model files (Models/*.cs), as source text for CSharpGeneratorDriver runs.</summary>
public static class ModelSources
{
    /// <summary>The usings the test project gets implicitly, for compiling its model files on their own.</summary>
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static string ProjectDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(ProjectDirectory(), "Models", fileName));

    /// <summary>ImplicitUsings plus the named model files.</summary>
    public static string[] With(params string[] fileNames) => new[] { ImplicitUsings }.Concat(fileNames.Select(Read)).ToArray();
}
