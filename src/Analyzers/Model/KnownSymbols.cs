using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Analyzers.Model
{
    /// <summary>The Boto3Assist attribute types of one compilation, resolved once at compilation start.</summary>
    internal sealed class KnownSymbols
    {
        private KnownSymbols(Compilation compilation, INamedTypeSymbol table)
        {
            Compilation = compilation;
            DynamoTable = table;
            PartitionKey = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.PartitionKeyAttribute");
            SortKey = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.SortKeyAttribute");
            GsiKey = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.GsiKeyAttribute");
            LsiKey = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.LsiKeyAttribute");
            Ttl = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.TtlAttribute");
            Version = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.DynamoVersionAttribute");
            Ignore = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.DynamoIgnoreAttribute");
            DynamoAttribute = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.DynamoAttributeAttribute");
            Converter = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.DynamoConverterAttribute");
            ConverterInterface = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.IDynamoConverter`1");
        }

        public Compilation Compilation { get; }

        public INamedTypeSymbol DynamoTable { get; }

        public INamedTypeSymbol? PartitionKey { get; }

        public INamedTypeSymbol? SortKey { get; }

        public INamedTypeSymbol? GsiKey { get; }

        public INamedTypeSymbol? LsiKey { get; }

        public INamedTypeSymbol? Ttl { get; }

        public INamedTypeSymbol? Version { get; }

        public INamedTypeSymbol? Ignore { get; }

        public INamedTypeSymbol? DynamoAttribute { get; }

        public INamedTypeSymbol? Converter { get; }

        public INamedTypeSymbol? ConverterInterface { get; }

        /// <summary>Null when the compilation does not reference Boto3Assist: then no entity rule can apply.</summary>
        public static KnownSymbols? TryCreate(Compilation compilation)
        {
            var table = compilation.GetTypeByMetadataName("Boto3Assist.DynamoDb.DynamoTableAttribute");
            return table is null ? null : new KnownSymbols(compilation, table);
        }

        public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
            type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);
    }
}
