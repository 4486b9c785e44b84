using System.Collections.Immutable;
using Boto3Assist.DynamoDb;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Boto3Assist.Analyzers.Tests.Verifiers;

/// <summary>
/// References built from the test host's own assemblies plus Boto3Assist and the AWS SDK, so no reference pack is
/// downloaded while tests run (ReferenceAssemblies.Net.* would fetch one).
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("host");

    public static readonly ImmutableArray<MetadataReference> All = Build();

    private static ImmutableArray<MetadataReference> Build()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp" or "Microsoft.Win32.Primitives")
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        builder.Add(MetadataReference.CreateFromFile(typeof(DynamoTableAttribute).Assembly.Location));
        builder.Add(MetadataReference.CreateFromFile(typeof(Amazon.DynamoDBv2.Model.ScanRequest).Assembly.Location));
        builder.Add(MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonWebServiceRequest).Assembly.Location));
        return builder.ToImmutable();
    }
}
