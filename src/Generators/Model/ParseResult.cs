using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Generators.Model
{
    /// <summary>
    /// What the parser made of one <c>[DynamoTable]</c> type: a spec to emit, nothing (the analyzers report why), or
    /// the generator's own failure, reported as B3A9001 so a bug never reaches the user as a missing member.
    /// </summary>
    /// <param name="Spec">The spec, when code is generated.</param>
    /// <param name="Failure">The generator's failure, when it threw.</param>
    internal sealed record ParseResult(EntitySpec? Spec, GeneratorFailureSpec? Failure)
    {
        public static readonly ParseResult Skipped = new ParseResult(null, null);

        /// <summary>The entity's timestamps and validation, when it declares any (beside <see cref="Spec"/>).</summary>
        public LifecycleSpec? Lifecycle { get; init; }
    }

    /// <summary>An exception the generator threw while working on an entity.</summary>
    /// <param name="EntityName">The entity.</param>
    /// <param name="Exception">The exception's type and message.</param>
    /// <param name="Location">Where the entity is declared.</param>
    internal sealed record GeneratorFailureSpec(string EntityName, string Exception, LocationSpec? Location);

    /// <summary>A source location without the syntax tree, so it can be cached.</summary>
    /// <param name="FilePath">The file.</param>
    /// <param name="Span">The text span.</param>
    /// <param name="LineSpan">The line span.</param>
    internal sealed record LocationSpec(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public static LocationSpec? From(Location location) =>
            location.IsInSource ? new LocationSpec(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span) : null;

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
    }
}
