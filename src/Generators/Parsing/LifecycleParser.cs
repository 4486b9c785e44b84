using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Generators.Parsing
{
    /// <summary>
    /// Maps the lifecycle declarations of the shared model (timestamps, DataAnnotations rules, <c>IDynamoValidatable</c>)
    /// to a <see cref="LifecycleSpec"/>: null when the entity declares none. A rule that does not fit its member is left
    /// out (the analyzers report it as B3A5002, an error), as is a timestamp of an unsupported type (B3A5001).
    /// </summary>
    internal sealed class LifecycleParser
    {
        private readonly EntityModel _entity;
        private readonly CancellationToken _cancellationToken;

        // Every nested type reachable from the entity's members, with the members it stores (each type once).
        private readonly Dictionary<string, NestedType> _types = new Dictionary<string, NestedType>(StringComparer.Ordinal);
        private readonly List<NestedType> _order = new List<NestedType>();

        private LifecycleParser(EntityModel entity, CancellationToken cancellationToken)
        {
            _entity = entity;
            _cancellationToken = cancellationToken;
        }

        public static LifecycleSpec? Parse(EntityModel entity, EntitySpec spec, CancellationToken cancellationToken) =>
            new LifecycleParser(entity, cancellationToken).Parse(spec);

        private LifecycleSpec? Parse(EntitySpec spec)
        {
            var stored = _entity.Members.Where(m => m.IsMapped && !m.IsIgnored).ToList();
            var createdAt = stored.FirstOrDefault(m => m.CreatedAt is not null && LifecycleAttributes.IsTimestampType(m.Type))?.Name;
            var updatedAt = stored.FirstOrDefault(m => m.UpdatedAt is not null && LifecycleAttributes.IsTimestampType(m.Type))?.Name;

            var self = new NestedType("Validate_Self", spec.TypeName, stored, hasHook: false);
            Discover();
            Propagate();

            var validators = new List<ValidatorSpec>();
            foreach (var type in new[] { self }.Concat(_order))
            {
                var checks = Checks(type);
                if (checks.Count > 0)
                {
                    validators.Add(new ValidatorSpec(type.MethodName, type.TypeName, checks.ToEquatableArray()));
                }
            }

            var entityValidator = validators.Count > 0 && validators[0].MethodName == self.MethodName ? self.MethodName : null;
            if (createdAt is null && updatedAt is null && entityValidator is null)
            {
                return null;
            }

            const string entitySuffix = ".DynamoEntity.g.cs";
            var hintName = spec.HintName.EndsWith(entitySuffix, StringComparison.Ordinal)
                ? spec.HintName.Substring(0, spec.HintName.Length - entitySuffix.Length) + ".Lifecycle.g.cs"
                : "Lifecycle." + spec.HintName;
            return new LifecycleSpec(
                Namespace: spec.Namespace,
                ContainingTypes: spec.ContainingTypes,
                Keyword: spec.Keyword,
                Name: spec.Name,
                TypeName: spec.TypeName,
                HintName: hintName,
                FieldsName: spec.FieldsName,
                CreatedAtMember: createdAt,
                UpdatedAtMember: updatedAt,
                EntityValidator: entityValidator,
                Validators: validators.Where(v => v.MethodName == self.MethodName || IsUsed(v.MethodName)).ToEquatableArray());
        }

        private bool IsUsed(string methodName) => _order.Any(t => t.MethodName == methodName && t.Needed);

        /// <summary>Every nested object type the members store (directly, or as list/set elements), once each.</summary>
        private void Discover()
        {
            foreach (var nested in NestedStoredTypes.Of(_entity, _cancellationToken))
            {
                var found = new NestedType("Validate_" + (_order.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), TypeNames.NotNullable(nested.Type), nested.Members, LifecycleAttributes.IsValidatable(nested.Type));
                _types.Add(MemberTypeClassifier.FullName(nested.Type.OriginalDefinition), found);
                _order.Add(found);
            }
        }

        /// <summary>A type is checked when it has rules, a hook, or stores a type that is: repeated until nothing changes (cycles).</summary>
        private void Propagate()
        {
            foreach (var type in _order)
            {
                type.Needed = type.HasHook || type.Members.Any(m => m.ValidationRules.Any(r => r.Problem(m.Type) is null && Check(m, r) is not null));
            }

            bool changed;
            do
            {
                changed = false;
                foreach (var type in _order.Where(t => !t.Needed))
                {
                    if (type.Members.Any(m => NestedStoredTypes.NestedOf(m, out _) is { } nested && Lookup(nested).Needed))
                    {
                        type.Needed = true;
                        changed = true;
                    }
                }
            }
            while (changed);
        }

        private NestedType Lookup(INamedTypeSymbol nested) => _types[MemberTypeClassifier.FullName(nested.OriginalDefinition)];

        private List<ValidationCheckSpec> Checks(NestedType type)
        {
            var checks = new List<ValidationCheckSpec>();
            foreach (var member in type.Members)
            {
                foreach (var rule in member.ValidationRules)
                {
                    if (rule.Problem(member.Type) is null && Check(member, rule) is { } check)
                    {
                        checks.Add(check);
                    }
                }

                if (NestedStoredTypes.NestedOf(member, out var elements) is { } nested && Lookup(nested) is { Needed: true } target)
                {
                    var validator = HasMethod(target) ? target.MethodName : "null";
                    checks.Add(new ValidationCheckSpec(elements ? "Elements" : "Nested", member.Name, new[] { validator }.ToEquatableArray()));
                }
            }

            return checks;
        }

        /// <summary>True when the type gets a checks method: a rule that produces a check, or a nested value to check (not recursive: cycles end).</summary>
        private bool HasMethod(NestedType type) =>
            type.Members.Any(m => m.ValidationRules.Any(r => r.Problem(m.Type) is null && Check(m, r) is not null))
            || type.Members.Any(m => NestedStoredTypes.NestedOf(m, out _) is { } nested && Lookup(nested).Needed);

        private static ValidationCheckSpec? Check(MemberModel member, ValidationRuleModel rule)
        {
            var arguments = new List<string>();
            string method;
            switch (rule.Kind)
            {
                case ValidationRuleKind.Required:
                    if (member.Type.IsValueType && !member.IsNullable)
                    {
                        return null; // a non-nullable value type always has a value, as DataAnnotations sees it
                    }

                    method = "Required";
                    if (rule.AllowEmptyStrings && ValidationRuleModel.IsString(member.Type))
                    {
                        arguments.Add("allowEmptyStrings: true");
                    }

                    break;
                case ValidationRuleKind.Range:
                    if (!rule.TryBounds(member.Type, out var flavor, out var minimum, out var maximum))
                    {
                        return null;
                    }

                    method = "Range" + flavor;
                    arguments.Add(minimum);
                    arguments.Add(maximum);
                    if (rule.MinimumIsExclusive)
                    {
                        arguments.Add("minimumIsExclusive: true");
                    }

                    if (rule.MaximumIsExclusive)
                    {
                        arguments.Add("maximumIsExclusive: true");
                    }

                    break;
                case ValidationRuleKind.StringLength:
                    method = "StringLength";
                    arguments.Add(Int(rule.First));
                    if (rule.Second != 0)
                    {
                        arguments.Add("minimumLength: " + Int(rule.Second));
                    }

                    break;
                case ValidationRuleKind.MinLength:
                case ValidationRuleKind.MaxLength:
                    method = rule.Name;
                    arguments.Add(Int(rule.First));
                    break;
                case ValidationRuleKind.Length:
                    method = "Length";
                    arguments.Add(Int(rule.First));
                    arguments.Add(Int(rule.Second));
                    break;
                case ValidationRuleKind.RegularExpression:
                    method = "RegularExpression";
                    arguments.Add(Literal(rule.Pattern!));
                    break;
                default:
                    method = rule.Name;
                    break;
            }

            if (rule.FormattedMessage(member.Name) is { } message)
            {
                arguments.Add("message: " + Literal(message));
            }

            return new ValidationCheckSpec(method, member.Name, arguments.ToEquatableArray());
        }

        private static string Literal(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

        private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private sealed class NestedType
        {
            public NestedType(string methodName, string typeName, List<MemberModel> members, bool hasHook)
            {
                MethodName = methodName;
                TypeName = typeName;
                Members = members;
                HasHook = hasHook;
            }

            public string MethodName { get; }

            public string TypeName { get; }

            public List<MemberModel> Members { get; }

            public bool HasHook { get; }

            public bool Needed { get; set; }
        }
    }
}
