using System.ComponentModel;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>Reads the members of a generated type from an item or a nested map (its generated reader).</summary>
/// <typeparam name="T">The type.</typeparam>
/// <param name="reader">The reader, at the item's first attribute.</param>
/// <returns>The value.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T DynamoReadObject<T>(ref DynamoItemReader reader);

/// <summary>Writes the members of a generated type into an item or a nested map (its generated writer).</summary>
/// <typeparam name="T">The type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void DynamoWriteObject<T>(ref DynamoItemWriter writer, T value);

/// <summary>Reads one element of a list or value of a map (the reader is on it).</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="reader">The reader.</param>
/// <returns>The element.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T DynamoReadElement<T>(ref DynamoItemReader reader);

/// <summary>Writes one non-null element of a list or value of a map.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The element, not null.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void DynamoWriteElement<T>(ref DynamoItemWriter writer, T value);
