using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>The lifecycle declarations of a member: timestamps and validation attributes (read on first use).</summary>
    internal sealed partial class MemberModel
    {
        private bool _lifecycleRead;
        private AttributeData? _createdAt;
        private AttributeData? _updatedAt;
        private List<ValidationRuleModel>? _validationRules;

        /// <summary>The <c>[CreatedAt]</c> on the member, or null.</summary>
        public AttributeData? CreatedAt
        {
            get
            {
                ReadLifecycle();
                return _createdAt;
            }
        }

        /// <summary>The <c>[UpdatedAt]</c> on the member, or null.</summary>
        public AttributeData? UpdatedAt
        {
            get
            {
                ReadLifecycle();
                return _updatedAt;
            }
        }

        /// <summary>The DataAnnotations validation attributes on the member (or its record parameter), in declaration order.</summary>
        public IReadOnlyList<ValidationRuleModel> ValidationRules
        {
            get
            {
                ReadLifecycle();
                return _validationRules!;
            }
        }

        private void ReadLifecycle()
        {
            if (_lifecycleRead)
            {
                return;
            }

            var rules = new List<ValidationRuleModel>();
            var attributes = ConstructorParameter is null ? Symbol.GetAttributes() : Symbol.GetAttributes().AddRange(ConstructorParameter.GetAttributes());
            foreach (var attribute in attributes)
            {
                if (DeclaredAttributes.Is(attribute, LifecycleAttributes.CreatedAt))
                {
                    _createdAt ??= attribute;
                }
                else if (DeclaredAttributes.Is(attribute, LifecycleAttributes.UpdatedAt))
                {
                    _updatedAt ??= attribute;
                }
                else if (ValidationRuleModel.TryRead(attribute) is { } rule)
                {
                    rules.Add(rule);
                }
            }

            _validationRules = rules;
            _lifecycleRead = true;
        }
    }
}
