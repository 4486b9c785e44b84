using Boto3Assist.Shared.Model;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Analyzers.Model
{
    /// <summary>
    /// One <see cref="KnownSymbols"/> and one <see cref="EntityModel"/> per type per compilation, shared by every analyzer:
    /// the ~20 rules read each entity once instead of each reading it again. Weakly keyed by the compilation, so
    /// nothing outlives it.
    /// </summary>
    internal static class EntityModelCache
    {
        private static readonly ConditionalWeakTable<Compilation, PerCompilation> Caches = new ConditionalWeakTable<Compilation, PerCompilation>();

        public static KnownSymbols? Known(Compilation compilation) => Caches.GetValue(compilation, c => new PerCompilation(c)).Known;

        public static EntityModel? Read(INamedTypeSymbol type, KnownSymbols known, CancellationToken cancellationToken)
        {
            var cache = Caches.GetValue(known.Compilation, c => new PerCompilation(c));
            if (cache.Entities.TryGetValue(type, out var model))
            {
                return model;
            }

            model = EntityModel.TryRead(type, cancellationToken);
            return cache.Entities.GetOrAdd(type, model);
        }

        private sealed class PerCompilation
        {
            public PerCompilation(Compilation compilation)
            {
                Known = KnownSymbols.TryCreate(compilation);
            }

            public KnownSymbols? Known { get; }

            public ConcurrentDictionary<INamedTypeSymbol, EntityModel?> Entities { get; } =
                new ConcurrentDictionary<INamedTypeSymbol, EntityModel?>(SymbolEqualityComparer.Default);
        }
    }
}
