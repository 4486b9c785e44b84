using System.Collections.Generic;
using Boto3Assist.Generators.Parsing;

namespace Boto3Assist.Generators.Emitting
{
    /// <summary>
    /// Names of the locals of one generated method, named for what they hold (<c>firstName</c>, <c>statusKey</c>), made
    /// distinct from each other and from the names the method already uses (<c>item</c>, <c>value</c>, lambda parameters).
    /// Pattern variables declared in an <c>if</c> condition live in the whole method body, so every name is unique per method.
    /// </summary>
    internal sealed class LocalNames
    {
        /// <summary>Names generated code uses itself: parameters, the read buffer, lambda parameters, the result.</summary>
        private static readonly string[] Reserved =
        {
            "item", "value", "result", "defaults", "o", "m", "v", "r", "w", "attribute", "itemStart", "storedSchemaVersion",
            "e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9",
        };

        private readonly HashSet<string> _taken = new HashSet<string>(Reserved);

        /// <summary>A fresh local for member <paramref name="memberName"/>: its camelCase name plus <paramref name="suffix"/>.</summary>
        public string For(string memberName, string suffix = "")
        {
            var stem = GeneratedNames.Parameter(memberName).TrimStart('@') + suffix;
            var name = stem;
            for (var n = 2; !_taken.Add(name) || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None; n++)
            {
                name = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }
    }
}
