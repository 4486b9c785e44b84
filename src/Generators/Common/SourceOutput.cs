using System;
using Boto3Assist.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Generators.Common
{
    /// <summary>Adds one generated file; a failure of the emitter is reported as B3A9001, never swallowed.</summary>
    internal static class SourceOutput
    {
        /// <summary>Renders and adds the file <paramref name="hintName"/> of an entity; a null rendering adds nothing.</summary>
        public static void Add(SourceProductionContext context, EntitySpec spec, string hintName, Func<EntitySpec, string?> render) =>
            Add(context, spec, spec.Name, hintName, render);

        /// <summary>
        /// Renders and adds the file <paramref name="hintName"/>; a null rendering adds nothing; an exception of the
        /// renderer is reported as B3A9001 naming <paramref name="name"/>.
        /// </summary>
        public static void Add<TSpec>(SourceProductionContext context, TSpec spec, string name, string hintName, Func<TSpec, string?> render)
        {
            string? source;
            try
            {
                source = render(spec);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.InternalError, Location.None, name, e.GetType().Name + ": " + e.Message));
                return;
            }

            if (source is not null)
            {
                // The parsers yield one spec per type (the declaration holding the first attribute), so a hint name is
                // never added twice; if it were, AddSource's ArgumentException is a bug and surfaces as such.
                context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        }

        /// <summary>Reports the generator's failure on an entity (B3A9001).</summary>
        public static void Report(SourceProductionContext context, GeneratorFailureSpec failure) =>
            context.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.InternalError, failure.Location?.ToLocation() ?? Location.None, failure.EntityName, failure.Exception));
    }
}
