using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>
    /// A reason no code is generated for an entity. The generator skips an entity with any blocker; the analyzers report
    /// every blocker, under <see cref="RuleId"/>: a rule of its own (with its precise span and code fix) or, where no
    /// rule describes it, B3A0014 with <see cref="Reason"/>.
    /// </summary>
    internal sealed class GenerationBlocker
    {
        public GenerationBlocker(string ruleId, string reason, ISymbol symbol)
        {
            RuleId = ruleId;
            Reason = reason;
            Symbol = symbol;
        }

        /// <summary>The diagnostic that reports this blocker.</summary>
        public string RuleId { get; }

        /// <summary>Completes "no code is generated for 'T' because ...".</summary>
        public string Reason { get; }

        /// <summary>The symbol the reason is about (the entity, a member, a nested type's member).</summary>
        public ISymbol Symbol { get; }
    }
}
