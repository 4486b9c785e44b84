using Boto3Assist.Generators.Common;

namespace Boto3Assist.Generators.Model
{
    /// <summary>A versioned entity's <c>[SchemaVersion]</c> and its upgrade steps (<see cref="Emitting.SchemaVersionEmitter"/>).</summary>
    /// <param name="Version">The current version.</param>
    /// <param name="AttributeName">The attribute that stores it.</param>
    /// <param name="Steps">The upgrade steps, by the version they upgrade from.</param>
    internal sealed record SchemaVersionSpec(int Version, string AttributeName, EquatableArray<SchemaStepSpec> Steps);

    /// <summary>One <c>[SchemaUpgrade]</c> method.</summary>
    /// <param name="FromVersion">The version of the items it reads.</param>
    /// <param name="MethodName">The entity's static method.</param>
    internal sealed record SchemaStepSpec(int FromVersion, string MethodName);
}
