using Boto3Assist.Shared.Model;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Analyzers.Model
{
    /// <summary>Table name -> partition key attribute names of the entities declared in this compilation, built once on first use.</summary>
    internal sealed class TablePartitionKeys
    {
        private readonly Dictionary<string, HashSet<string>> byTable = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);

        private TablePartitionKeys()
        {
        }

        public bool IsPartitionKey(string table, string attribute) => byTable.TryGetValue(table, out var names) && names.Contains(attribute);

        public static TablePartitionKeys Build(KnownSymbols known, CancellationToken cancellationToken)
        {
            var result = new TablePartitionKeys();
            var stack = new Stack<INamespaceOrTypeSymbol>();
            stack.Push(known.Compilation.Assembly.GlobalNamespace);
            while (stack.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in stack.Pop().GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol container)
                    {
                        stack.Push(container);
                    }

                    if (member is INamedTypeSymbol type
                        && EntityModelCache.Read(type, known, cancellationToken) is { TableName: { } table, TablePartitionKey: { } key })
                    {
                        if (!result.byTable.TryGetValue(table, out var names))
                        {
                            result.byTable[table] = names = new HashSet<string>(System.StringComparer.Ordinal);
                        }

                        names.Add(key.AttributeName);
                    }
                }
            }

            return result;
        }
    }
}
