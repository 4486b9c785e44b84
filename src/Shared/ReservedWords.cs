// Shared by the generator and the analyzers: DynamoDB reserved words (case-insensitive) and names that need #aliases.
using System;
using System.Collections.Generic;
using System.IO;

namespace Boto3Assist.Shared
{
    internal static class ReservedWords
    {
        private static readonly Lazy<HashSet<string>> Words = new Lazy<HashSet<string>>(Load);

        /// <summary>True when <paramref name="name"/> is one of DynamoDB's reserved words (case-insensitive).</summary>
        public static bool IsReserved(string name) => Words.Value.Contains(name);

        /// <summary>True when an expression must refer to the name through a #alias.</summary>
        public static bool NeedsAlias(string name) =>
            IsReserved(name) || name.IndexOf('.') >= 0 || name.IndexOf('-') >= 0 || name.IndexOf(' ') >= 0 || name.IndexOf('#') >= 0 || name.IndexOf(':') >= 0;

        private static HashSet<string> Load()
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var assembly = typeof(ReservedWords).Assembly;
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                if (!resource.EndsWith("ReservedWords.txt", StringComparison.Ordinal))
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource);
                if (stream is null)
                {
                    continue;
                }

                using var reader = new StreamReader(stream);
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    line = line.Trim();
                    if (line.Length > 0)
                    {
                        set.Add(line);
                    }
                }
            }

            return set;
        }
    }
}
