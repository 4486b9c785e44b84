using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;

namespace Boto3Assist.Generators.Streams
{
    /// <summary>A <c>[DynamoStreamHandler]</c> class to complete with its dispatcher. Strings and flags only, so it is cached.</summary>
    /// <param name="Namespace">The class's namespace; empty for the global namespace.</param>
    /// <param name="ContainingTypes">Outer types, outermost first.</param>
    /// <param name="Keyword">class or record.</param>
    /// <param name="Name">The class's name.</param>
    /// <param name="HintName">The generated file name.</param>
    /// <param name="TableName">The table whose stream it handles.</param>
    /// <param name="Entities">The entities registered with the dispatcher (handled or ignored), ordered by full name.</param>
    /// <param name="UnhandledEntities">The entities of the table left to OnUnknownAsync (B3A5004), named in the generated docs.</param>
    /// <param name="HasFailureHandler">The class declares <c>OnFailure</c>.</param>
    internal sealed record StreamHandlerSpec(
        string Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string Keyword,
        string Name,
        string HintName,
        string TableName,
        EquatableArray<StreamEntitySpec> Entities,
        EquatableArray<string> UnhandledEntities,
        bool HasFailureHandler);

    /// <summary>One entity registered with the dispatcher: which handler methods take its records.</summary>
    /// <param name="TypeName">The entity, <c>global::</c>-qualified.</param>
    /// <param name="Name">The entity's simple name.</param>
    /// <param name="Insert">An <c>OnInsertAsync</c> takes it.</param>
    /// <param name="Modify">An <c>OnModifyAsync</c> takes it.</param>
    /// <param name="Remove">An <c>OnRemoveAsync</c> takes it.</param>
    internal sealed record StreamEntitySpec(string TypeName, string Name, bool Insert, bool Modify, bool Remove)
    {
        /// <summary>No method takes it: it is in Ignore.</summary>
        public bool Ignored => !Insert && !Modify && !Remove;
    }
}
