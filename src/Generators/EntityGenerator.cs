using System;
using Boto3Assist.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Generators
{
    /// <summary>
    /// Generates <c>IDynamoEntity&lt;T&gt;</c> (ToItem, FromItem, ToKey, Metadata), <c>Keys</c> and <c>Fields</c> for every
    /// <c>[DynamoTable]</c> type. The parser turns symbols into an equatable <see cref="EntitySpec"/>; the emitter turns the
    /// spec into text. Models that cannot be generated are skipped silently (the analyzers report them).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class EntityGenerator : IIncrementalGenerator
    {
        /// <summary>Name of the tracked step producing <see cref="EntitySpec"/>s (asserted by the incrementality tests).</summary>
        public const string EntitySpecTrackingName = "EntitySpec";

        /// <summary>Name of the tracked step after filtering out skipped models.</summary>
        public const string GeneratedEntityTrackingName = "GeneratedEntity";

        private const string DynamoTableAttribute = "Boto3Assist.DynamoDb.DynamoTableAttribute";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var specs = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    DynamoTableAttribute,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (ctx, ct) => Parser.Parse(ctx, ct))
                .WithTrackingName(EntitySpecTrackingName)
                .Where(static spec => spec is not null)
                .Select(static (spec, _) => spec!)
                .WithTrackingName(GeneratedEntityTrackingName);

            context.RegisterSourceOutput(specs, static (spc, spec) => Emit(spc, spec));
            context.RegisterSourceOutput(specs, static (spc, spec) => Repositories.RepositoryEmitter.Emit(spc, spec));
        }

        private static void Emit(SourceProductionContext context, EntitySpec spec)
        {
            string source;
            try
            {
                source = Emitter.Emit(spec);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in the emitter must not break the user's build (CS8785); the entity is simply not generated.
                return;
            }

            try
            {
                context.AddSource(spec.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
            catch (ArgumentException)
            {
                // The same hint name twice (the attribute on two declarations of one partial type, or a namespace and a
                // containing type spelling the same path): the first one wins; the compiler reports the real problem.
            }
        }
    }
}
