using System;
using System.Threading;
using Boto3Assist.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Generators.Common
{
    /// <summary>What a parser of one attributed class answers: its spec, or the generator's own failure, or neither (skipped).</summary>
    /// <typeparam name="TSpec">The spec the emitter renders.</typeparam>
    /// <param name="Spec">The spec, or null.</param>
    /// <param name="Failure">The generator's failure on the class (B3A9001), or null.</param>
    internal sealed record AttributeParseResult<TSpec>(TSpec? Spec, GeneratorFailureSpec? Failure)
        where TSpec : class
    {
        /// <summary>Nothing to generate: the class is not this declaration's to generate, or its model is reported by a rule.</summary>
        public static readonly AttributeParseResult<TSpec> Skipped = new AttributeParseResult<TSpec>(null, null);

        /// <summary>
        /// Runs <paramref name="parse"/> (null: skipped); an exception from it is the generator's own failure on
        /// <paramref name="type"/>, reported as B3A9001, never a crash of the generator.
        /// </summary>
        public static AttributeParseResult<TSpec> Guarded(INamedTypeSymbol type, Func<TSpec?> parse)
        {
            try
            {
                return parse() is { } spec ? new AttributeParseResult<TSpec>(spec, null) : Skipped;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new AttributeParseResult<TSpec>(null, EntityGenerator.Parser.Failed(type, e).Failure);
            }
        }
    }

    /// <summary>
    /// The pipeline of a generator that works from one attribute on classes and records (polymorphic bases, stream
    /// handlers): ForAttributeWithMetadataName -> tracked parse -> one file per spec, failures reported as B3A9001.
    /// </summary>
    internal static class AttributePipeline
    {
        /// <param name="context">The generator's initialization context.</param>
        /// <param name="attributeName">The attribute's metadata name.</param>
        /// <param name="trackingName">The name of the parse step (the incrementality tests assert on it).</param>
        /// <param name="parse">Reads one attributed class; must be static (the pipeline caches its equatable results).</param>
        /// <param name="name">The class's name, for the failure diagnostic.</param>
        /// <param name="hintName">The generated file's name.</param>
        /// <param name="emit">Renders the file.</param>
        public static void Register<TSpec>(
            IncrementalGeneratorInitializationContext context,
            string attributeName,
            string trackingName,
            Func<GeneratorAttributeSyntaxContext, CancellationToken, AttributeParseResult<TSpec>> parse,
            Func<TSpec, string> name,
            Func<TSpec, string> hintName,
            Func<TSpec, string> emit)
            where TSpec : class
        {
            var results = context.SyntaxProvider
                .ForAttributeWithMetadataName(attributeName, static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax, parse)
                .WithTrackingName(trackingName);

            var specs = results.Where(static r => r.Spec is not null).Select(static (r, _) => r.Spec!);
            var failures = results.Where(static r => r.Failure is not null).Select(static (r, _) => r.Failure!);
            context.RegisterSourceOutput(specs, (spc, spec) => SourceOutput.Add(spc, spec, name(spec), hintName(spec), emit));
            context.RegisterSourceOutput(failures, static (spc, failure) => SourceOutput.Report(spc, failure));
        }
    }
}
