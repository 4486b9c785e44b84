using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Ranges;

/// <summary>
/// Typed ranges over a part of a composite sort key (SALARY#{Salary:000000.00}#{EmployeeId}), against DynamoDB Local:
/// inclusive bounds keep the keys equal to the value, exclusive ones drop them, and other entities of the partition
/// (PROFILE, TEAM#...) never come back.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class SortKeyRangeTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly decimal[] Salaries = [100m, 150m, 150m, 150.5m, 200m];
    private DynamoRepository<Employee> _employees = null!;

    public async Task InitializeAsync()
    {
        var context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-ranges" });
        var table = context.TableNames.For<Employee>();
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, DynamoTableDefinitions.Merge([Employee.Metadata, Team.Metadata, CompanyProfile.Metadata]), table);
        _employees = context.Repository<Employee>();
        var writer = context.BatchWriter();
        for (var i = 0; i < Salaries.Length; i++)
        {
            writer.Put(new Employee { Company = "acme", EmployeeId = "e" + i, Salary = Salaries[i], HiredOn = new DateOnly(2024, 1, 1).AddDays(i * 10) });
        }

        writer.Put(new Team { Company = "acme", Name = "platform" });
        writer.Put(new CompanyProfile { Company = "acme" });
        await writer.ExecuteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_prefix_as_an_upper_bound_drops_the_keys_equal_to_the_value_and_the_range_keeps_them()
    {
        // The bug users hit: every full key with salary 150 continues past the prefix, so "<= prefix" drops them (and,
        // with no lower bound, reads the company's PROFILE item too, which only the entity-type filter hides).
        Assert.Equal([100m], (await Query(DynamoSortKeyCondition.LessThanOrEqual(Employee.Keys.SortKeyPrefix(150m)), onlyEmployees: true)).Select(e => e.Salary));

        Assert.Equal([100m, 150m, 150m], await Salaries_(Employee.Keys.SortKeyAtMost(150m)));
    }

    [Fact]
    public async Task Each_comparison_is_exact_at_the_value()
    {
        Assert.Equal([100m], await Salaries_(Employee.Keys.SortKeyLessThan(150m)));
        Assert.Equal([150m, 150m, 150.5m, 200m], await Salaries_(Employee.Keys.SortKeyAtLeast(150m)));
        Assert.Equal([150.5m, 200m], await Salaries_(Employee.Keys.SortKeyGreaterThan(150m)));
        Assert.Equal([150m, 150m, 150.5m], await Salaries_(Employee.Keys.SortKeyBetween(150m, 150.5m)));
        Assert.Equal([], await Salaries_(Employee.Keys.SortKeyLessThan(100m)));
        Assert.Equal([100m, 150m, 150m, 150.5m, 200m], await Salaries_(Employee.Keys.SortKeyAtMost(999999m)));
    }

    [Fact]
    public async Task A_range_over_the_second_part_fixes_the_first()
    {
        // Salary 150 exactly, employee ids up to e1.
        Assert.Equal(["e1"], await Ids(Employee.Keys.SortKeyAtMost(150m, "e1")));
        Assert.Equal(["e2"], await Ids(Employee.Keys.SortKeyGreaterThan(150m, "e1")));
    }

    [Fact]
    public async Task Ranges_on_an_index_sort_key()
    {
        var query = new DynamoQuery<Employee>(Employee.Keys.ByDepartment.PartitionKey("eng"))
        {
            IndexName = Employee.Keys.ByDepartment.IndexName,
            SortKey = Employee.Keys.ByDepartment.SortKeyAtMost(new DateOnly(2024, 1, 21)),
        };
        var hired = new List<string>();
        await foreach (var employee in _employees.QueryAsync(query))
        {
            hired.Add(employee.EmployeeId);
        }

        Assert.Equal(["e0", "e1", "e2"], hired);
    }

    private async Task<List<decimal>> Salaries_(DynamoSortKeyCondition condition) =>
        (await Query(condition)).Select(e => e.Salary).ToList();

    private async Task<List<string>> Ids(DynamoSortKeyCondition condition) =>
        (await Query(condition)).Select(e => e.EmployeeId).ToList();

    private async Task<List<Employee>> Query(DynamoSortKeyCondition condition, bool onlyEmployees = false)
    {
        var result = new List<Employee>();
        // Every item in range must be an employee: another entity's item would fail the typed read (no filter hides it).
        await foreach (var employee in _employees.QueryAsync(new DynamoQuery<Employee>(Employee.Keys.PartitionKey("acme")) { SortKey = condition, OnlyThisEntityType = onlyEmployees }))
        {
            result.Add(employee);
        }

        return result;
    }
}
