using Amazon.DynamoDBv2.DataModel;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.Benchmarks.Models;

/// <summary>
/// A Person-like model with 11 members, a list and a nested address. It carries both the Boto3Assist attributes (for
/// the generated mapper) and the AWS SDK's DataModel attributes (for DynamoDBContext), so all three mappers write the
/// same attributes: the key is the Id member itself, no discriminator.
/// </summary>
[DynamoTable("people", WriteEntityType = false)]
[DynamoDBTable("people")]
public sealed partial class Person
{
    [PartitionKey]
    [DynamoDBHashKey]
    public string Id { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public int Age { get; set; }

    public DateTime BirthDate { get; set; }

    public bool IsActive { get; set; }

    public decimal Balance { get; set; }

    public double Score { get; set; }

    public List<string> Tags { get; set; } = new();

    public PersonAddress? HomeAddress { get; set; }
}

/// <summary>The nested address (M).</summary>
public sealed class PersonAddress
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Country { get; set; } = "";
}
