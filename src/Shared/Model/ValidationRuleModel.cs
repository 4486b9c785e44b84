using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>The DataAnnotations attributes the generator turns into validation code.</summary>
    internal enum ValidationRuleKind
    {
        Required,
        Range,
        StringLength,
        MinLength,
        MaxLength,
        Length,
        RegularExpression,
        EmailAddress,
        Url,
    }

    /// <summary>How a <c>[Range]</c> is compared: the runtime check the generated code calls.</summary>
    internal enum RangeFlavor
    {
        Integer,
        Double,
        Decimal,
    }

    /// <summary>
    /// One DataAnnotations attribute on a member, with its arguments as constants. <see cref="Problem"/> says why it does
    /// not fit the member (the analyzer reports it, the generator leaves the rule out).
    /// </summary>
    internal sealed class ValidationRuleModel
    {
        private ValidationRuleModel(ValidationRuleKind kind, AttributeData attribute)
        {
            Kind = kind;
            Attribute = attribute;
            ErrorMessage = DeclaredAttributes.NamedString(attribute, "ErrorMessage");
        }

        public ValidationRuleKind Kind { get; }

        public AttributeData Attribute { get; }

        /// <summary>The attribute name as written in C#: <c>Range</c>, <c>StringLength</c>.</summary>
        public string Name => Kind.ToString();

        /// <summary>The ErrorMessage set on the attribute, or null for the default.</summary>
        public string? ErrorMessage { get; }

        /// <summary>[Required(AllowEmptyStrings = true)].</summary>
        public bool AllowEmptyStrings { get; private set; }

        /// <summary>The first integer argument: StringLength's maximum, MinLength/MaxLength's length, Length's minimum.</summary>
        public int First { get; private set; }

        /// <summary>The second integer: StringLength's MinimumLength, Length's maximum.</summary>
        public int Second { get; private set; }

        /// <summary>RegularExpression's pattern.</summary>
        public string? Pattern { get; private set; }

        /// <summary>[Range]: the bounds as written (int, double, or the text of the Type form).</summary>
        public object? Minimum { get; private set; }

        public object? Maximum { get; private set; }

        /// <summary>[Range(typeof(T), "min", "max")]: T; null for the int and double forms.</summary>
        public ITypeSymbol? OperandType { get; private set; }

        public bool MinimumIsExclusive { get; private set; }

        public bool MaximumIsExclusive { get; private set; }

        /// <summary>The rule, when <paramref name="attribute"/> is a supported DataAnnotations attribute; null otherwise.</summary>
        public static ValidationRuleModel? TryRead(AttributeData attribute)
        {
            if (attribute.AttributeClass is not { } type || type.ContainingNamespace?.ToDisplayString() != LifecycleAttributes.DataAnnotations)
            {
                return null;
            }

            var name = type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - "Attribute".Length) : type.Name;
            if (!Enum.TryParse<ValidationRuleKind>(name, out var kind) || kind.ToString() != name)
            {
                return null;
            }

            var rule = new ValidationRuleModel(kind, attribute);
            var args = attribute.ConstructorArguments;
            switch (kind)
            {
                case ValidationRuleKind.Required:
                    rule.AllowEmptyStrings = Named(attribute, "AllowEmptyStrings") is true;
                    break;
                case ValidationRuleKind.StringLength:
                    rule.First = args.Length > 0 && args[0].Value is int max ? max : 0;
                    rule.Second = Named(attribute, "MinimumLength") is int min ? min : 0;
                    break;
                case ValidationRuleKind.MinLength:
                case ValidationRuleKind.MaxLength:
                    rule.First = args.Length > 0 && args[0].Value is int length ? length : -1;
                    break;
                case ValidationRuleKind.Length:
                    rule.First = args.Length > 0 && args[0].Value is int from ? from : 0;
                    rule.Second = args.Length > 1 && args[1].Value is int to ? to : 0;
                    break;
                case ValidationRuleKind.RegularExpression:
                    rule.Pattern = args.Length > 0 ? args[0].Value as string : null;
                    break;
                case ValidationRuleKind.Range:
                    if (args.Length == 3)
                    {
                        rule.OperandType = args[0].Value as ITypeSymbol;
                        rule.Minimum = args[1].Value;
                        rule.Maximum = args[2].Value;
                    }
                    else if (args.Length == 2)
                    {
                        rule.Minimum = args[0].Value;
                        rule.Maximum = args[1].Value;
                    }

                    rule.MinimumIsExclusive = Named(attribute, "MinimumIsExclusive") is true;
                    rule.MaximumIsExclusive = Named(attribute, "MaximumIsExclusive") is true;
                    break;
            }

            return rule;
        }

        /// <summary>Why this rule cannot check a member of <paramref name="memberType"/>; null when it fits.</summary>
        public string? Problem(ITypeSymbol memberType)
        {
            switch (Kind)
            {
                case ValidationRuleKind.Required:
                    return null;
                case ValidationRuleKind.StringLength:
                case ValidationRuleKind.EmailAddress:
                case ValidationRuleKind.Url:
                    return IsString(memberType) ? null : "it checks strings";
                case ValidationRuleKind.RegularExpression:
                    if (!IsString(memberType))
                    {
                        return "it checks strings";
                    }

                    return PatternProblem();
                case ValidationRuleKind.MinLength:
                case ValidationRuleKind.MaxLength:
                case ValidationRuleKind.Length:
                    return IsString(memberType) || IsCollection(memberType) ? null : "it checks strings, arrays and collections";
                case ValidationRuleKind.Range:
                    if (NumericType(memberType) is null)
                    {
                        return "it checks numbers";
                    }

                    if (!TryBounds(memberType, out _, out _, out _))
                    {
                        return "its bounds are not numbers of the member's kind (use the int or double form, or typeof(int), typeof(long), typeof(double) or typeof(decimal) with invariant text)";
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The bounds of a fitting [Range] as C# literals and the check that compares them: decimal members (and ulong)
        /// compare as decimal, floating-point bounds or members as double, the rest as long.
        /// </summary>
        public bool TryBounds(ITypeSymbol memberType, out RangeFlavor flavor, out string minimum, out string maximum)
        {
            flavor = RangeFlavor.Integer;
            minimum = maximum = string.Empty;
            var member = NumericType(memberType);
            if (member is null)
            {
                return false;
            }

            var boundsType = OperandType?.SpecialType ?? (Minimum is double || Maximum is double ? SpecialType.System_Double : SpecialType.System_Int32);
            if (member == SpecialType.System_Decimal || member == SpecialType.System_UInt64 || boundsType == SpecialType.System_Decimal)
            {
                flavor = RangeFlavor.Decimal;
            }
            else if (member == SpecialType.System_Double || member == SpecialType.System_Single || boundsType == SpecialType.System_Double || boundsType == SpecialType.System_Single)
            {
                flavor = RangeFlavor.Double;
            }

            return TryLiteral(Minimum, flavor, out minimum) && TryLiteral(Maximum, flavor, out maximum) && IsSupportedOperand();
        }

        /// <summary>The ErrorMessage with DataAnnotations' placeholders filled ({0} the member, then the rule's arguments), or null.</summary>
        public string? FormattedMessage(string memberName)
        {
            if (ErrorMessage is null)
            {
                return null;
            }

            object?[] arguments = Kind switch
            {
                ValidationRuleKind.Range => new object?[] { memberName, Minimum, Maximum },
                ValidationRuleKind.StringLength => new object?[] { memberName, First, Second },
                ValidationRuleKind.MinLength or ValidationRuleKind.MaxLength => new object?[] { memberName, First },
                ValidationRuleKind.Length => new object?[] { memberName, First, Second },
                ValidationRuleKind.RegularExpression => new object?[] { memberName, Pattern },
                _ => new object?[] { memberName },
            };
            try
            {
                return string.Format(CultureInfo.InvariantCulture, ErrorMessage, arguments);
            }
            catch (FormatException)
            {
                return ErrorMessage; // braces that are not placeholders: the text as written
            }
        }

        private string? PatternProblem()
        {
            if (Pattern is null)
            {
                return "it has no pattern";
            }

            try
            {
                _ = new System.Text.RegularExpressions.Regex(Pattern);
                return null;
            }
            catch (ArgumentException e)
            {
                return "its pattern is not a valid regular expression (" + e.Message + ")";
            }
        }

        private bool IsSupportedOperand() =>
            OperandType is null
            || OperandType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte
                or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

        private static bool TryLiteral(object? bound, RangeFlavor flavor, out string literal)
        {
            literal = string.Empty;
            switch (flavor)
            {
                case RangeFlavor.Integer:
                    if (bound is int i)
                    {
                        literal = i.ToString(CultureInfo.InvariantCulture) + "L";
                        return true;
                    }

                    if (bound is string s && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
                    {
                        literal = l.ToString(CultureInfo.InvariantCulture) + "L";
                        return true;
                    }

                    return false;
                case RangeFlavor.Double:
                    double d;
                    if (bound is int di)
                    {
                        d = di;
                    }
                    else if (bound is double dd)
                    {
                        d = dd;
                    }
                    else if (!(bound is string ds && double.TryParse(ds, NumberStyles.Float, CultureInfo.InvariantCulture, out d)))
                    {
                        return false;
                    }

                    literal = double.IsPositiveInfinity(d) ? "double.PositiveInfinity"
                        : double.IsNegativeInfinity(d) ? "double.NegativeInfinity"
                        : double.IsNaN(d) ? "double.NaN"
                        : d.ToString("R", CultureInfo.InvariantCulture) + "d";
                    return true;
                default:
                    decimal m;
                    if (bound is int mi)
                    {
                        m = mi;
                    }
                    else if (bound is double md && !double.IsNaN(md) && !double.IsInfinity(md) && Math.Abs(md) < 7.9e28)
                    {
                        m = (decimal)md;
                    }
                    else if (!(bound is string ms && decimal.TryParse(ms, NumberStyles.Number, CultureInfo.InvariantCulture, out m)))
                    {
                        return false;
                    }

                    literal = m.ToString(CultureInfo.InvariantCulture) + "m";
                    return true;
            }
        }

        private static object? Named(AttributeData attribute, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name)
                {
                    return named.Value.Value;
                }
            }

            return null;
        }

        internal static bool IsString(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

        /// <summary>An array, or a type implementing IEnumerable&lt;T&gt; (not a string).</summary>
        internal static bool IsCollection(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol)
            {
                return true;
            }

            if (IsString(type))
            {
                return false;
            }

            if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The numeric special type of a member (Nullable unwrapped), or null when it is not a number.</summary>
        internal static SpecialType? NumericType(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return type.SpecialType;
                default:
                    return null;
            }
        }
    }
}
