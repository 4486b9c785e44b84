namespace Boto3Assist.Generators.Model
{
    /// <summary>How a member's absent attribute is handled by FromItem.</summary>
    internal enum AbsentValue
    {
        /// <summary>Throw DynamoMappingException (non-nullable, no default).</summary>
        Throw = 0,

        /// <summary>null / default.</summary>
        Null,

        /// <summary>The member's initializer value, taken from a freshly created instance.</summary>
        Initializer,

        /// <summary>An empty set (empty sets are never stored).</summary>
        EmptySet,

        /// <summary>The constructor parameter's default value, <see cref="MemberSpec.ParameterDefault"/>.</summary>
        ParameterDefault,

        /// <summary>
        /// <c>default(T)</c> for a non-nullable [DynamoVersion] member: an item no versioned write has touched (written by
        /// another client, a batch, a plain PutItem) has version 0, which the next versioned write accepts.
        /// </summary>
        VersionZero,
    }

    /// <summary>One mapped member of an entity or nested type.</summary>
    /// <param name="Name">The C# member name.</param>
    /// <param name="AttributeName">The DynamoDB attribute name (after [DynamoAttribute] and the naming policy).</param>
    /// <param name="Type">How the value is stored.</param>
    /// <param name="ConstructorParameterIndex">The index of the constructor parameter that sets it, or -1 (set in the object initializer).</param>
    /// <param name="IsRequired">A C# <c>required</c> member.</param>
    /// <param name="Absent">What FromItem does when the attribute is absent.</param>
    /// <param name="ParameterDefault">The C# literal of the constructor parameter's default value.</param>
    /// <param name="IsTtl">The [Ttl] member: stored as N epoch seconds.</param>
    /// <param name="IsVersion">The [DynamoVersion] member.</param>
    /// <param name="ConverterField">For [DynamoConverter] members: the name of the generated converter field.</param>
    /// <param name="ConverterTypeName">For [DynamoConverter] members: the converter type.</param>
    /// <param name="ConverterTargetTypeName">For [DynamoConverter] members: the T of IDynamoConverter&lt;T&gt;.</param>
    /// <param name="IsPrimaryKeySource">The table key is built from this member.</param>
    /// <param name="IsSettable">The member can be assigned after construction (a field, or a property with a set accessor that is not init-only).</param>
    /// <param name="IsComputed">A computed property stored on purpose: written from its getter, never read back.</param>
    internal sealed record MemberSpec(
        string Name,
        string AttributeName,
        TypeSpec Type,
        int ConstructorParameterIndex,
        bool IsRequired,
        AbsentValue Absent,
        string? ParameterDefault,
        bool IsTtl,
        bool IsVersion,
        string? ConverterField,
        string? ConverterTypeName,
        string? ConverterTargetTypeName,
        bool IsPrimaryKeySource,
        bool IsSettable = false,
        bool IsComputed = false);
}
