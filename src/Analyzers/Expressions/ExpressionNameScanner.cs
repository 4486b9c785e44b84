using System.Collections.Generic;

namespace Boto3Assist.Analyzers.Expressions
{
    /// <summary>
    /// Finds the attribute names written directly in a DynamoDB expression (not #aliases, not :values, not function
    /// names, not the operator keywords), with their offsets.
    /// </summary>
    internal static class ExpressionNameScanner
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE",
        };

        public static IEnumerable<(string Name, int Start)> Names(string expression)
        {
            var i = 0;
            while (i < expression.Length)
            {
                var c = expression[i];
                if (!(char.IsLetter(c) || c == '_'))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_'))
                {
                    i++;
                }

                var name = expression.Substring(start, i - start);
                var before = start > 0 ? expression[start - 1] : ' ';
                if (before is '#' or ':' || char.IsDigit(before))
                {
                    continue;
                }

                var next = i;
                while (next < expression.Length && expression[next] == ' ')
                {
                    next++;
                }

                var isFunction = next < expression.Length && expression[next] == '(';
                if (!isFunction && !Keywords.Contains(name))
                {
                    yield return (name, start);
                }
            }
        }

        /// <summary>Names compared to a :value with '=' ("pk = :v" or ":v = pk"), not inside an OR.</summary>
        public static IEnumerable<string> EqualityNames(string expression)
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(expression, @"\bOR\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            {
                yield break;
            }

            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(expression, @"(?<![<>!=])(#?[A-Za-z_][A-Za-z0-9_]*)\s*=\s*:[A-Za-z0-9_]+"))
            {
                yield return match.Groups[1].Value;
            }

            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(expression, @":[A-Za-z0-9_]+\s*=\s*(#?[A-Za-z_][A-Za-z0-9_]*)"))
            {
                yield return match.Groups[1].Value;
            }
        }
    }
}
