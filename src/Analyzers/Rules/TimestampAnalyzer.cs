using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// Every write path stamps the [CreatedAt] and [UpdatedAt] members with the current time, which it can store only in a
    /// date or an epoch number: B3A5001 the member's type must be DateTimeOffset, DateTime or long (the generator leaves
    /// a member of another type unstamped); B3A5002 an entity has one member of each.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TimestampAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.TimestampMemberType,
            DiagnosticDescriptors.MultipleTimestampMembers);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            OncePerItemMember.Check(context, entity, m => m.CreatedAt, DiagnosticDescriptors.MultipleTimestampMembers, LifecycleAttributes.IsTimestampType, DiagnosticDescriptors.TimestampMemberType);
            OncePerItemMember.Check(context, entity, m => m.UpdatedAt, DiagnosticDescriptors.MultipleTimestampMembers, LifecycleAttributes.IsTimestampType, DiagnosticDescriptors.TimestampMemberType);
        }
    }
}
