namespace Boto3Assist.DynamoDb.Tests.Adoption.ElectroDb;

public enum WorkStatus
{
    Open,
    InProgress,
    Done,
}

/// <summary>
/// ElectroDB's entity <c>task</c> (service <c>taskapp</c>, version 1; see electrodb-task.mjs) declared with this library:
/// the ElectroDB preset, its discriminator and version attributes, and its key formats with lower-cased composite values.
/// </summary>
[DynamoTable("tasks", DiscriminatorAttribute = "__edb_e__", EntityType = "task", NamingPolicy = DynamoNamingPolicy.CamelCase)]
[DynamoConventions(DynamoConventionPreset.ElectroDb)]
[DynamoConstant("__edb_v__", "1")]
[PartitionKey("$taskapp#taskid_{TaskId:lower}")]
[SortKey("$task_1#project_{Project:lower}#employee_{Employee:lower}")]
[GsiKey("gsi1", "$taskapp#project_{Project:lower}", "$task_1#employee_{Employee:lower}#taskid_{TaskId:lower}", Name = "ByProject")]
public sealed partial class ElectroTask
{
    public string TaskId { get; set; } = "";

    public string Project { get; set; } = "";

    public string Employee { get; set; } = "";

    public string? Title { get; set; }

    public WorkStatus Status { get; set; }

    public DateTime? DueAt { get; set; }

    public int? Points { get; set; }

    public bool? Urgent { get; set; }

    public List<string> Tags { get; set; } = [];

    public HashSet<string> Labels { get; set; } = [];
}
