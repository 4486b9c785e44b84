using Boto3Assist.Generators.Common;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators.Streams
{
    /// <summary>The pipeline of stream handlers: <c>[DynamoStreamHandler]</c> classes -> spec -> the class's dispatcher.</summary>
    internal static class StreamHandlerPipeline
    {
        public static void Register(IncrementalGeneratorInitializationContext context) =>
            AttributePipeline.Register<StreamHandlerSpec>(
                context,
                StreamHandlerModel.AttributeName,
                StreamHandlerParser.TrackingName,
                static (ctx, ct) => StreamHandlerParser.Parse(ctx, ct),
                static spec => spec.Name,
                static spec => spec.HintName,
                static spec => StreamHandlerEmitter.Emit(spec));
    }
}
