using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Marks a <c>partial</c> class as the stream handler of one table: the source generator gives it a
/// <see cref="DynamoStreamDispatcher"/> (<c>Dispatcher</c>) and <c>DispatchAsync</c> that send each record to the
/// methods the class declares, chosen by the item's entity type:
/// <c>Task OnInsertAsync(T item, DynamoStreamRecord record, CancellationToken cancellationToken)</c>,
/// <c>Task OnModifyAsync(T before, T after, IReadOnlyList&lt;string&gt; changed, DynamoStreamRecord record, CancellationToken cancellationToken)</c>,
/// <c>Task OnRemoveAsync(T item, DynamoStreamRecord record, CancellationToken cancellationToken)</c> per entity <c>T</c> of
/// the table (or a polymorphic base of some), the required
/// <c>Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)</c> and the optional
/// <c>void OnFailure(DynamoStreamRecord record, Exception error)</c>.
/// </summary>
/// <remarks>
/// An entity of the table with no handler method and not listed in <see cref="Ignore"/> is reported at build time
/// (B3A5004); its records reach <c>OnUnknownAsync</c>. A malformed handler is an error (B3A5005).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class DynamoStreamHandlerAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tableName">The table whose stream the class handles, as its entities name it in <c>[DynamoTable]</c>.</param>
    public DynamoStreamHandlerAttribute(string tableName) => TableName = tableName;

    /// <summary>The table whose stream the class handles.</summary>
    public string TableName { get; }

    /// <summary>
    /// Entities of the table (or polymorphic bases of some) not handled on purpose: their records succeed without a call
    /// instead of reaching <c>OnUnknownAsync</c>, and no B3A5004 warning is reported for them.
    /// </summary>
    public Type[] Ignore { get; set; } = Array.Empty<Type>();
}
