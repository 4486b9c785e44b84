using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers
{
    /// <summary>
    /// Thresholds read from .editorconfig (or a global AnalyzerConfig): <c>boto3assist.max_gsi_count</c> (default 20,
    /// the adjustable DynamoDB quota), <c>boto3assist.key_delimiter</c> (default '#'),
    /// <c>boto3assist.max_nesting_depth</c> (default 32).
    /// </summary>
    internal sealed class AnalyzerSettings
    {
        public const string MaxGsiCountKey = "boto3assist.max_gsi_count";
        public const string KeyDelimiterKey = "boto3assist.key_delimiter";
        public const string MaxNestingDepthKey = "boto3assist.max_nesting_depth";

        public int MaxGsiCount { get; private set; } = 20;

        public char KeyDelimiter { get; private set; } = '#';

        public int MaxNestingDepth { get; private set; } = 32;

        public static AnalyzerSettings Read(AnalyzerOptions options, SyntaxTree? tree)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            var settings = new AnalyzerSettings();
            settings.Apply(provider.GlobalOptions);
            if (tree is not null)
            {
                settings.Apply(provider.GetOptions(tree));
            }

            return settings;
        }

        private void Apply(AnalyzerConfigOptions options)
        {
            if (options.TryGetValue(MaxGsiCountKey, out var gsi) && int.TryParse(gsi, NumberStyles.Integer, CultureInfo.InvariantCulture, out var maxGsi) && maxGsi > 0)
            {
                MaxGsiCount = maxGsi;
            }

            if (options.TryGetValue(KeyDelimiterKey, out var delimiter) && delimiter.Trim().Length == 1)
            {
                KeyDelimiter = delimiter.Trim()[0];
            }

            if (options.TryGetValue(MaxNestingDepthKey, out var depth) && int.TryParse(depth, NumberStyles.Integer, CultureInfo.InvariantCulture, out var maxDepth) && maxDepth > 0)
            {
                MaxNestingDepth = maxDepth;
            }
        }
    }
}
