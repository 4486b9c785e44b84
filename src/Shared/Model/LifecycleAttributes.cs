namespace Boto3Assist.Shared.Model
{
    /// <summary>Metadata names of the lifecycle attributes: timestamps (Boto3Assist) and validation (DataAnnotations).</summary>
    internal static class LifecycleAttributes
    {
        public const string CreatedAt = DeclaredAttributes.Namespace + ".CreatedAtAttribute";
        public const string UpdatedAt = DeclaredAttributes.Namespace + ".UpdatedAtAttribute";
        public const string Validatable = DeclaredAttributes.Namespace + ".IDynamoValidatable";
        public const string DataAnnotations = "System.ComponentModel.DataAnnotations";

        /// <summary>
        /// The types a [CreatedAt]/[UpdatedAt] member may have: DateTimeOffset, DateTime (nullable or not), or long Unix
        /// epoch milliseconds (nullable or not).
        /// </summary>
        public static bool IsTimestampType(Microsoft.CodeAnalysis.ITypeSymbol type)
        {
            if (type is Microsoft.CodeAnalysis.INamedTypeSymbol { OriginalDefinition.SpecialType: Microsoft.CodeAnalysis.SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type.SpecialType is Microsoft.CodeAnalysis.SpecialType.System_DateTime or Microsoft.CodeAnalysis.SpecialType.System_Int64
                || (type.Name == "DateTimeOffset" && type.ContainingNamespace?.Name == "System" && type.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace == true);
        }

        /// <summary>True when <paramref name="type"/> implements <c>IDynamoValidatable</c> (its custom rules hook).</summary>
        public static bool IsValidatable(Microsoft.CodeAnalysis.ITypeSymbol type)
        {
            foreach (var @interface in type.AllInterfaces)
            {
                if (@interface.Name == "IDynamoValidatable" && @interface.ContainingNamespace?.ToDisplayString() == DeclaredAttributes.Namespace)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
