using Boto3Assist.Shared.Model;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Analyzers.Model
{
    /// <summary>
    /// Remembers, per compilation, which symbols a rule has already reported on, for a type every entity that uses it
    /// would otherwise report again (a nested type shared by several entities). Weakly keyed by the compilation, like
    /// <see cref="EntityModelCache"/>, so nothing outlives it.
    /// </summary>
    internal static class ReportedOnce
    {
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<(string Rule, ISymbol Symbol), bool>> Reported =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<(string Rule, ISymbol Symbol), bool>>();

        /// <summary>True the first time <paramref name="rule"/> asks about <paramref name="symbol"/> in this compilation.</summary>
        public static bool First(Compilation compilation, string rule, ISymbol symbol) =>
            Reported.GetValue(compilation, _ => new ConcurrentDictionary<(string Rule, ISymbol Symbol), bool>(new RuleSymbolComparer())).TryAdd((rule, symbol), true);

        private sealed class RuleSymbolComparer : System.Collections.Generic.IEqualityComparer<(string Rule, ISymbol Symbol)>
        {
            public bool Equals((string Rule, ISymbol Symbol) x, (string Rule, ISymbol Symbol) y) =>
                x.Rule == y.Rule && SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol);

            public int GetHashCode((string Rule, ISymbol Symbol) obj) =>
                (obj.Rule.GetHashCode() * 397) ^ SymbolEqualityComparer.Default.GetHashCode(obj.Symbol);
        }
    }
}
