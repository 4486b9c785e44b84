using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One key attribute of an entity: built from a template on the type, or a member's own value.</summary>
    internal sealed class KeyModel
    {
        public KeyModel(KeyRole role, string attributeName, AttributeData attribute, string? indexName)
        {
            Role = role;
            AttributeName = attributeName;
            Attribute = attribute;
            IndexName = indexName;
        }

        public KeyRole Role { get; }

        public string AttributeName { get; }

        /// <summary>The attribute that declares the key ([PartitionKey], [SortKey], [GsiKey] or [LsiKey]).</summary>
        public AttributeData Attribute { get; }

        public string? IndexName { get; }

        /// <summary>The index's access-pattern <c>Name</c> (<c>ByProject</c>), naming the generated code; null when not given.</summary>
        public string? AccessPatternName { get; set; }

        /// <summary>The parsed template, or null for a member-level key.</summary>
        public KeyTemplate? Template { get; set; }

        /// <summary>The string literal the template was written in, for spans inside it.</summary>
        public ExpressionSyntax? TemplateSyntax { get; set; }

        /// <summary>The member whose own value is the key, for a member-level key.</summary>
        public MemberModel? Member { get; set; }

        public bool IsPartition => Role is KeyRole.TablePartition or KeyRole.GsiPartition;

        public bool IsSort => !IsPartition;

        public bool IsTableKey => Role is KeyRole.TablePartition or KeyRole.TableSort;

        /// <summary>S, N or B; templates always build strings.</summary>
        public char? ScalarType => Member is null ? 'S' : Member.KeyScalarType;

        /// <summary>How messages name this key: "partition key", "sort key of index 'gsi1'".</summary>
        public string Description => Role switch
        {
            KeyRole.TablePartition => "partition key",
            KeyRole.TableSort => "sort key",
            KeyRole.GsiPartition => "partition key of index '" + IndexName + "'",
            KeyRole.GsiSort => "sort key of index '" + IndexName + "'",
            _ => "sort key of local index '" + IndexName + "'",
        };
    }
}
