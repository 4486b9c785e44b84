using System;
using System.ComponentModel;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// What every write path does to an entity before it is sent, generated per entity that needs it
/// (<see cref="IDynamoEntity{TSelf}.Lifecycle"/>): the timestamps it maintains and the validation it runs. Entities
/// without timestamps or validation attributes have none, and write as before.
/// </summary>
/// <typeparam name="TEntity">The entity.</typeparam>
/// <remarks>Constructed by generated code only.</remarks>
public sealed class DynamoLifecycle<TEntity>
{
    /// <summary>Creates the lifecycle. Called by generated code.</summary>
    /// <param name="createdAt">The <see cref="CreatedAtAttribute"/> member, or <see langword="null"/>.</param>
    /// <param name="updatedAt">The <see cref="UpdatedAtAttribute"/> member, or <see langword="null"/>.</param>
    /// <param name="validate">
    /// Checks the DataAnnotations rules of the entity and its nested types into the errors, or <see langword="null"/>
    /// when none are declared. The entity's own <see cref="IDynamoValidatable"/> hook is called by the runtime.
    /// </param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DynamoLifecycle(DynamoTimestamp<TEntity>? createdAt, DynamoTimestamp<TEntity>? updatedAt, Action<TEntity, DynamoValidationErrors>? validate)
    {
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
        Validate = validate;
    }

    /// <summary>The <see cref="CreatedAtAttribute"/> member, or <see langword="null"/>.</summary>
    public DynamoTimestamp<TEntity>? CreatedAt { get; }

    /// <summary>The <see cref="UpdatedAtAttribute"/> member, or <see langword="null"/>.</summary>
    public DynamoTimestamp<TEntity>? UpdatedAt { get; }

    /// <summary>The generated checks of the declared validation attributes, or <see langword="null"/>.</summary>
    internal Action<TEntity, DynamoValidationErrors>? Validate { get; }
}
