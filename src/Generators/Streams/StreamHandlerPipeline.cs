using Boto3Assist.Generators.Common;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Generators.Streams
{
    /// <summary>The pipeline of stream handlers: <c>[DynamoStreamHandler]</c> classes -> spec -> the class's dispatcher.</summary>
    internal static class StreamHandlerPipeline
    {
        public static void Register(IncrementalGeneratorInitializationContext context)
        {
            var results = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    StreamHandlerModel.AttributeName,
                    static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                    static (ctx, ct) => StreamHandlerParser.Parse(ctx, ct))
                .WithTrackingName(StreamHandlerParser.TrackingName);

            var specs = results.Where(static r => r.Spec is not null).Select(static (r, _) => r.Spec!);
            var failures = results.Where(static r => r.Failure is not null).Select(static (r, _) => r.Failure!);
            context.RegisterSourceOutput(specs, static (spc, spec) =>
            {
                string source;
                try
                {
                    source = StreamHandlerEmitter.Emit(spec);
                }
                catch (System.Exception e) when (e is not System.OperationCanceledException)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.InternalError, Location.None, spec.Name, e.GetType().Name + ": " + e.Message));
                    return;
                }

                spc.AddSource(spec.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
            });
            context.RegisterSourceOutput(failures, static (spc, failure) => SourceOutput.Report(spc, failure));
        }
    }
}
