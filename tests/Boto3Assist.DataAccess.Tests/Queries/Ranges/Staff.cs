using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Ranges;

/// <summary>Employees of a company, sorted by salary (a fixed-width decimal) then id; by department and hire date on gsi1.</summary>
[DynamoTable("staff", EntityType = "Employee")]
[PartitionKey("COMPANY#{Company}")]
[SortKey("SALARY#{Salary:000000.00}#{EmployeeId}")]
[GsiKey("gsi1", "DEPT#{Department}", "HIRED#{HiredOn:yyyy-MM-dd}#{EmployeeId}", Name = "ByDepartment")]
public sealed partial record Employee
{
    public required string Company { get; init; }

    public required string EmployeeId { get; init; }

    public decimal Salary { get; init; }

    public string Department { get; init; } = "eng";

    public DateOnly HiredOn { get; init; }
}

/// <summary>Another entity in the company's partition, whose sort keys sort around the employees'.</summary>
[DynamoTable("staff", EntityType = "Team")]
[PartitionKey("COMPANY#{Company}")]
[SortKey("TEAM#{Name}")]
public sealed partial record Team
{
    public required string Company { get; init; }

    public required string Name { get; init; }
}

/// <summary>The company itself: sort key "PROFILE", below "SALARY#" and "TEAM#".</summary>
[DynamoTable("staff", EntityType = "Company")]
[PartitionKey("COMPANY#{Company}")]
[SortKey("PROFILE")]
public sealed partial record CompanyProfile
{
    public required string Company { get; init; }
}
