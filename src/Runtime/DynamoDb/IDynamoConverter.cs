using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>Converts one member type to and from an <see cref="AttributeValue"/>. Used through <see cref="DynamoConverterAttribute"/>.</summary>
/// <typeparam name="T">The member type.</typeparam>
public interface IDynamoConverter<T>
{
    /// <summary>Converts a non-null value to its stored form.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    AttributeValue ToAttributeValue(T value);

    /// <summary>Converts a stored attribute value back. Throw <see cref="DynamoMappingException"/> on bad input.</summary>
    /// <param name="value">The attribute value.</param>
    /// <returns>The member value.</returns>
    T FromAttributeValue(AttributeValue value);
}
