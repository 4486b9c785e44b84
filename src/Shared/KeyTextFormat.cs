// Shared by the generator and the analyzers: what a format on a string placeholder means ({Id:lower}, {Path:raw}).
namespace Boto3Assist.Shared
{
    /// <summary>How a string placeholder's value is written into a key.</summary>
    internal enum KeyTextCasing
    {
        /// <summary>As given.</summary>
        AsIs,

        /// <summary>Lower-cased with the invariant culture (<c>{Id:lower}</c>): boto3-assist and ElectroDB keys.</summary>
        Lower,

        /// <summary>Upper-cased with the invariant culture (<c>{Id:upper}</c>).</summary>
        Upper,
    }

    /// <summary>
    /// The format of a string placeholder: a comma-separated list of <c>lower</c> or <c>upper</c> and <c>raw</c>.
    /// Without <c>raw</c> a value may not be empty nor contain a key delimiter of its template, so no value can make a
    /// key that other values would make; <c>raw</c> lets a value hold anything (paths), at the user's choice.
    /// </summary>
    internal readonly struct KeyTextFormat
    {
        public const string LowerName = "lower";
        public const string UpperName = "upper";
        public const string RawName = "raw";

        private KeyTextFormat(KeyTextCasing casing, bool raw)
        {
            Casing = casing;
            IsRaw = raw;
        }

        public KeyTextCasing Casing { get; }

        /// <summary>Any text is allowed, delimiters and the empty string included.</summary>
        public bool IsRaw { get; }

        /// <summary>Reads a placeholder format; false when it is not one of the string formats.</summary>
        public static bool TryParse(string? format, out KeyTextFormat result)
        {
            result = default;
            if (format is null)
            {
                return true;
            }

            var casing = KeyTextCasing.AsIs;
            var raw = false;
            foreach (var part in format.Split(','))
            {
                switch (part.Trim())
                {
                    case LowerName when casing == KeyTextCasing.AsIs:
                        casing = KeyTextCasing.Lower;
                        break;
                    case UpperName when casing == KeyTextCasing.AsIs:
                        casing = KeyTextCasing.Upper;
                        break;
                    case RawName when !raw:
                        raw = true;
                        break;
                    default:
                        return false;
                }
            }

            result = new KeyTextFormat(casing, raw);
            return true;
        }

        /// <summary>
        /// The characters a value may not contain in a key built from <paramref name="template"/>: the separators of
        /// its literal text. Letters, digits and the characters common inside values (<c>_ - . @ space</c>) are not
        /// separators; <c>#</c> always is, since every published design uses it.
        /// </summary>
        public static string Delimiters(KeyTemplate template)
        {
            var delimiters = new System.Text.StringBuilder("#");
            foreach (var segment in template.Segments)
            {
                if (segment.IsPlaceholder)
                {
                    continue;
                }

                foreach (var c in segment.Text)
                {
                    if (!char.IsLetterOrDigit(c) && c != '_' && c != '-' && c != '.' && c != '@' && c != ' ' && delimiters.ToString().IndexOf(c) < 0)
                    {
                        delimiters.Append(c);
                    }
                }
            }

            return delimiters.ToString();
        }
    }
}
