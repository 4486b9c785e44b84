namespace Boto3Assist.Generators.Common
{
    /// <summary>What every generated declaration carries: the tool and its version, taken from this assembly.</summary>
    internal static class GeneratedCode
    {
        /// <summary>The generator's version (major.minor.patch of the assembly version, which follows the package version).</summary>
        public static readonly string Version = typeof(GeneratedCode).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        /// <summary>
        /// The nullable context of every generated file: annotations on (signatures say what may be null, for the user's
        /// own analysis) and warnings off. With warnings off the compiler skips its nullable flow analysis of the
        /// generated method bodies, a large part of what they cost to compile in every build of the user's project;
        /// the generated code is checked by this repository's tests instead.
        /// </summary>
        public const string NullableContext = "#nullable enable annotations";

        /// <summary>The <c>[GeneratedCode]</c> attribute line.</summary>
        public static readonly string Attribute = "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"Boto3Assist.Generators\", \"" + Version + "\")]";
    }
}
