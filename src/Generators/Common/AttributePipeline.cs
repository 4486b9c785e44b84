using System;
using System.Threading;
using Boto3Assist.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Generators.Common
{
    /// <summary>What a parser of one attributed class answers: its spec, or the generator's own failure, or neither (skipped).</summary>
    /// <typeparam name="TSpec">The spec the emitter renders.</typeparam>
    internal interface IAttributeParseResult<out TSpec>
        where TSpec : class
    {
        /// <summary>The spec, or null.</summary>
        TSpec? Spec { get; }

        /// <summary>The generator's failure on the class (B3A9001), or null.</summary>
        GeneratorFailureSpec? Failure { get; }
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
        public static void Register<TResult, TSpec>(
            IncrementalGeneratorInitializationContext context,
            string attributeName,
            string trackingName,
            Func<GeneratorAttributeSyntaxContext, CancellationToken, TResult> parse,
            Func<TSpec, string> name,
            Func<TSpec, string> hintName,
            Func<TSpec, string> emit)
            where TResult : IAttributeParseResult<TSpec>
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
