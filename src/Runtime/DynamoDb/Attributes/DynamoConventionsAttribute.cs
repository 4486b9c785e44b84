using System;

// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>
/// How values are written, declared once: on an entity, or on the assembly for every entity in it (an entity's own
/// declaration replaces the assembly's whole; a member's <see cref="DynamoAttributeAttribute.EnumFormat"/> wins for that
/// member). Nested types follow the entity that stores them, and key templates put dates, enums and booleans in keys
/// the same way. Reads stay tolerant: every form below reads back whatever is declared.
/// <code>
/// [assembly: DynamoConventions(DynamoConventionPreset.DynamoDbContext)]
/// [DynamoConventions(DynamoConventionPreset.Boto3Assist, BinaryFormat = DynamoBinaryFormat.Base64)]
/// </code>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class DynamoConventionsAttribute : Attribute
{
    /// <summary>This library's conventions; set the properties to change some.</summary>
    public DynamoConventionsAttribute()
    {
    }

    /// <summary>The conventions of another client; properties set beside it override the preset's.</summary>
    /// <param name="preset">The client whose items the table holds.</param>
    public DynamoConventionsAttribute(DynamoConventionPreset preset)
    {
        Preset = preset;
        switch (preset)
        {
            case DynamoConventionPreset.DynamoDbContext:
                DateTimeFormat = DynamoDateTimeFormat.UtcMilliseconds;
                EnumFormat = DynamoEnumFormat.Number;
                BooleanFormat = DynamoBooleanFormat.Number;
                BoxNullableEnums = true;
                break;
            case DynamoConventionPreset.Boto3Assist:
                DateTimeFormat = DynamoDateTimeFormat.PythonIsoFormat;
                EnumCasing = DynamoEnumCasing.LowerCase;
                BinaryFormat = DynamoBinaryFormat.Hex;
                break;
            case DynamoConventionPreset.ElectroDb:
                DateTimeFormat = DynamoDateTimeFormat.UtcMilliseconds;
                break;
        }
    }

    /// <summary>The client whose conventions are the starting point.</summary>
    public DynamoConventionPreset Preset { get; }

    /// <summary>How <c>DateTime</c> and <c>DateTimeOffset</c> members are written (time to live stays epoch seconds).</summary>
    public DynamoDateTimeFormat DateTimeFormat { get; set; }

    /// <summary>How enums are stored: by name (the default) or number.</summary>
    public DynamoEnumFormat EnumFormat { get; set; }

    /// <summary>The casing of enums stored by name.</summary>
    public DynamoEnumCasing EnumCasing { get; set; }

    /// <summary>
    /// A nullable enum stored by number is written as <c>M {"value__": N}</c>, the form AWSSDK.DynamoDBv2 4.x
    /// DynamoDBContext stores a nullable enum in and the only one it loads one from. Set by the DynamoDBContext preset.
    /// </summary>
    public bool BoxNullableEnums { get; set; }

    /// <summary>How <c>bool</c> members are stored.</summary>
    public DynamoBooleanFormat BooleanFormat { get; set; }

    /// <summary>How <c>byte[]</c> and <c>ReadOnlyMemory&lt;byte&gt;</c> members are stored (binary sets stay <c>BS</c>).</summary>
    public DynamoBinaryFormat BinaryFormat { get; set; }
}
