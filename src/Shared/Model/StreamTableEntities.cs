// The entities of one table as a stream handler sees them: every [DynamoTable] type of the compilation, and of the
// referenced assemblies built against Boto3Assist, that names the table and has generated code a dispatcher can call.
using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One entity of a handler's table: the type, its discriminator, and whether its generated code exists.</summary>
    internal sealed class StreamTableEntity
    {
        public StreamTableEntity(INamedTypeSymbol type, string entityType, string? discriminatorAttribute, bool isGenerated)
        {
            Type = type;
            EntityType = entityType;
            DiscriminatorAttribute = discriminatorAttribute;
            IsGenerated = isGenerated;
        }

        public INamedTypeSymbol Type { get; }

        public string Name => Type.Name;

        /// <summary>The discriminator value its items carry.</summary>
        public string EntityType { get; }

        /// <summary>The attribute holding <see cref="EntityType"/>; null when the entity writes none.</summary>
        public string? DiscriminatorAttribute { get; }

        /// <summary>False for an entity the generator skips (its own errors say why): no <c>FromItem</c> to call.</summary>
        public bool IsGenerated { get; }
    }

    /// <summary>Finds the entities of a table.</summary>
    internal static class StreamTableEntities
    {

        /// <summary>
        /// The entities of <paramref name="tableName"/> visible from <paramref name="within"/>, ordered by full name. A source
        /// type is read with <paramref name="readEntity"/> (the analyzers pass their per-compilation cache); a type of a
        /// referenced assembly counts when its generated <c>IDynamoEntity&lt;T&gt;</c> is there.
        /// </summary>
        public static List<StreamTableEntity> Find(
            Compilation compilation,
            string tableName,
            INamedTypeSymbol within,
            Func<INamedTypeSymbol, EntityModel?> readEntity,
            CancellationToken cancellationToken)
        {
            var found = new List<StreamTableEntity>();
            Walk(compilation.Assembly.GlobalNamespace, type => AddSource(type, tableName, within, compilation, readEntity, found), cancellationToken);
            // The runtime is the assembly declaring [DynamoTable] (named Boto3Assist in the package, whatever it is here).
            var runtime = compilation.GetTypeByMetadataName(DeclaredAttributes.DynamoTable)?.ContainingAssembly.Name;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (runtime is not null && BuiltAgainst(assembly, runtime))
                {
                    Walk(assembly.GlobalNamespace, type => AddReferenced(type, tableName, within, compilation, found), cancellationToken);
                }
            }

            found.Sort((a, b) => string.CompareOrdinal(a.Type.ToDisplayString(), b.Type.ToDisplayString()));
            return found;
        }

        private static void AddSource(INamedTypeSymbol type, string tableName, INamedTypeSymbol within, Compilation compilation, Func<INamedTypeSymbol, EntityModel?> readEntity, List<StreamTableEntity> found)
        {
            if (FindTable(type) is not { } table || !string.Equals(DeclaredAttributes.Argument(table, 0), tableName, StringComparison.Ordinal)
                || !compilation.IsSymbolAccessibleWithin(type, within))
            {
                return;
            }

            if (readEntity(type) is not { } model)
            {
                return;
            }

            found.Add(new StreamTableEntity(type, model.EntityType, model.DiscriminatorAttribute, isGenerated: model.Blockers.Count == 0));
        }

        private static void AddReferenced(INamedTypeSymbol type, string tableName, INamedTypeSymbol within, Compilation compilation, List<StreamTableEntity> found)
        {
            if (FindTable(type) is not { } data || !string.Equals(DeclaredAttributes.Argument(data, 0), tableName, StringComparison.Ordinal)
                || !compilation.IsSymbolAccessibleWithin(type, within) || !ImplementsEntity(type))
            {
                return;
            }

            var table = DeclaredAttributes.Table(data);
            found.Add(new StreamTableEntity(type, table.EntityType ?? type.Name, table.WriteEntityType ? table.DiscriminatorAttribute : null, isGenerated: true));
        }

        private static AttributeData? FindTable(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (DeclaredAttributes.Is(attribute, DeclaredAttributes.DynamoTable))
                {
                    return attribute;
                }
            }

            return null;
        }

        private static bool ImplementsEntity(INamedTypeSymbol type)
        {
            foreach (var candidate in type.AllInterfaces)
            {
                if (candidate.TypeArguments.Length == 1 && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type)
                    && MemberTypeClassifier.FullName(candidate.OriginalDefinition) == DeclaredAttributes.Namespace + ".IDynamoEntity`1")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Only assemblies compiled against the runtime can hold entities: the framework and the SDK are not walked.</summary>
        private static bool BuiltAgainst(IAssemblySymbol assembly, string runtime)
        {
            if (assembly.Name == runtime)
            {
                return false;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblies)
                {
                    if (reference.Name == runtime)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static void Walk(INamespaceSymbol ns, Action<INamedTypeSymbol> visit, CancellationToken cancellationToken)
        {
            foreach (var member in ns.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is INamespaceSymbol inner)
                {
                    Walk(inner, visit, cancellationToken);
                }
                else if (member is INamedTypeSymbol type)
                {
                    WalkType(type, visit);
                }
            }
        }

        private static void WalkType(INamedTypeSymbol type, Action<INamedTypeSymbol> visit)
        {
            visit(type);
            foreach (var nested in type.GetTypeMembers())
            {
                WalkType(nested, visit);
            }
        }
    }
}
