using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators
{
    /// <summary>The generator's own diagnostics: only its internal failures (model problems are the analyzers').</summary>
    internal static class GeneratorDiagnostics
    {
        /// <summary>B3A9001: the generator threw on an entity; names the entity and the exception.</summary>
        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            id: "B3A9001",
            title: "The Boto3Assist generator failed on an entity",
            messageFormat: "The Boto3Assist generator failed on '{0}' and generated no code for it: {1}. This is a bug in Boto3Assist; please report it with the model.",
            category: "Boto3Assist.Generator",
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "An exception in the source generator. The entity gets no generated code, so other errors (such as a missing Keys or ToItem) follow from this one.",
            helpLinkUri: "https://github.com/boto3assist/boto3assist-generators/blob/main/docs/diagnostics/B3A9001.md");
    }
}
