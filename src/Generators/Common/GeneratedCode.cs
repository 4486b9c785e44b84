namespace Boto3Assist.Generators.Common
{
    /// <summary>What every generated declaration carries: the tool and its version, taken from this assembly.</summary>
    internal static class GeneratedCode
    {
        /// <summary>The generator's version (major.minor.patch of the assembly version, which follows the package version).</summary>
        public static readonly string Version = typeof(GeneratedCode).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        /// <summary>
        /// The nullable context of every generated file: annotations on (signatures say what may be null, for the user's
        /// own analysis) and warnings off, so a user's nullable warning settings never trip on generated bodies (they are
        /// checked by this repository's tests). Measured with benchmarks/build/compile-200.sh, it does not change the
        /// build time noticeably (docs/benchmarks.md).
        /// </summary>
        public const string NullableContext = "#nullable enable annotations";

        /// <summary>The <c>[GeneratedCode]</c> attribute line.</summary>
        public static readonly string Attribute = "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"Boto3Assist.Generators\", \"" + Version + "\")]";
    }
}
