// Shared by the generator and the analyzers: how member names become attribute names, parameter names and class names.
using System.Text;
using Boto3Assist.Shared.Declarations;

namespace Boto3Assist.Shared
{
    /// <summary>The naming policies of <c>[DynamoTable(NamingPolicy = ...)]</c> and the names the generator derives.</summary>
    internal static class AttributeNaming
    {
        /// <summary>The attribute name of a member under a naming policy.</summary>
        public static string Apply(DynamoNamingPolicy policy, string memberName)
        {
            switch (policy)
            {
                case DynamoNamingPolicy.CamelCase:
                    return ToCamelCase(memberName);
                case DynamoNamingPolicy.SnakeCase:
                    return ToSnakeCase(memberName);
                default:
                    return memberName;
            }
        }

        /// <summary>camelCase the System.Text.Json way: the leading run of capitals is lowered (<c>URLValue</c> -> <c>urlValue</c>).</summary>
        public static string ToCamelCase(string name)
        {
            if (name.Length == 0 || !char.IsUpper(name[0]))
            {
                return name;
            }

            var chars = name.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (i == 1 && !char.IsUpper(chars[i]))
                {
                    break;
                }

                var hasNext = i + 1 < chars.Length;
                if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
                {
                    break;
                }

                chars[i] = char.ToLowerInvariant(chars[i]);
            }

            return new string(chars);
        }

        /// <summary>snake_case: <c>OrderId</c> -> <c>order_id</c>, <c>URLValue</c> -> <c>url_value</c>, <c>Line2Sku</c> -> <c>line2_sku</c>.</summary>
        public static string ToSnakeCase(string name)
        {
            var sb = new StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (char.IsUpper(c))
                {
                    if (i > 0 && name[i - 1] != '_')
                    {
                        var prev = name[i - 1];
                        var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                        if (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextIsLower))
                        {
                            sb.Append('_');
                        }
                    }

                    sb.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        /// <summary>PascalCase of an index name for its nested class in <c>Keys</c>: <c>gsi1</c> -> <c>Gsi1</c>, <c>by-status</c> -> <c>ByStatus</c>.</summary>
        public static string ToPascalIdentifier(string name)
        {
            var sb = new StringBuilder(name.Length);
            var upperNext = true;
            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upperNext = true;
                    continue;
                }

                sb.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            if (sb.Length == 0 || char.IsDigit(sb[0]))
            {
                sb.Insert(0, "Index");
            }

            return sb.ToString();
        }
    }
}
