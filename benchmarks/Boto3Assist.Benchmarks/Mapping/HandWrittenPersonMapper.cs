using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Benchmarks.Models;

namespace Boto3Assist.Benchmarks.Mapping;

/// <summary>
/// What a careful developer writes by hand for <see cref="Person"/>: the same attributes and formats as the generated
/// mapper (invariant culture, ISO-8601 UTC dates, null members left out), type checks on read, no reflection.
/// </summary>
public static class HandWrittenPersonMapper
{
    public static Dictionary<string, AttributeValue> ToItem(Person person)
    {
        var item = new Dictionary<string, AttributeValue>(11)
        {
            ["Id"] = new AttributeValue { S = person.Id },
            ["FirstName"] = new AttributeValue { S = person.FirstName },
            ["LastName"] = new AttributeValue { S = person.LastName },
            ["Age"] = new AttributeValue { N = person.Age.ToString(CultureInfo.InvariantCulture) },
            ["BirthDate"] = new AttributeValue { S = person.BirthDate.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) },
            ["IsActive"] = new AttributeValue { BOOL = person.IsActive },
            ["Balance"] = new AttributeValue { N = person.Balance.ToString(CultureInfo.InvariantCulture) },
            ["Score"] = new AttributeValue { N = Finite(person.Score).ToString("R", CultureInfo.InvariantCulture) },
        };
        if (person.Email is not null)
        {
            item["Email"] = new AttributeValue { S = person.Email };
        }

        var tags = new List<AttributeValue>(person.Tags.Count);
        foreach (var tag in person.Tags)
        {
            tags.Add(new AttributeValue { S = tag });
        }

        item["Tags"] = new AttributeValue { L = tags };
        if (person.HomeAddress is { } address)
        {
            item["HomeAddress"] = new AttributeValue
            {
                M = new Dictionary<string, AttributeValue>(4)
                {
                    ["Street"] = new AttributeValue { S = address.Street },
                    ["City"] = new AttributeValue { S = address.City },
                    ["PostalCode"] = new AttributeValue { S = address.PostalCode },
                    ["Country"] = new AttributeValue { S = address.Country },
                },
            };
        }

        return item;
    }

    public static Person FromItem(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var person = new Person
        {
            Id = String(item, "Id"),
            FirstName = String(item, "FirstName"),
            LastName = String(item, "LastName"),
            Email = item.TryGetValue("Email", out var email) ? email.S : null,
            Age = int.Parse(Number(item, "Age"), NumberStyles.Integer, CultureInfo.InvariantCulture),
            BirthDate = DateTime.Parse(String(item, "BirthDate"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            IsActive = item.TryGetValue("IsActive", out var active) && active.BOOL == true,
            Balance = decimal.Parse(Number(item, "Balance"), NumberStyles.Float, CultureInfo.InvariantCulture),
            Score = double.Parse(Number(item, "Score"), NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        if (item.TryGetValue("Tags", out var tags) && tags.L is { } list)
        {
            var values = new List<string>(list.Count);
            foreach (var tag in list)
            {
                values.Add(tag.S ?? throw new InvalidDataException("Tags must hold strings."));
            }

            person.Tags = values;
        }

        if (item.TryGetValue("HomeAddress", out var home) && home.M is { } address)
        {
            person.HomeAddress = new PersonAddress
            {
                Street = String(address, "Street"),
                City = String(address, "City"),
                PostalCode = String(address, "PostalCode"),
                Country = String(address, "Country"),
            };
        }

        return person;
    }

    private static string String(IReadOnlyDictionary<string, AttributeValue> item, string name)
        => item.TryGetValue(name, out var value) && value.S is { } text ? text : throw new InvalidDataException($"{name} must be a string.");

    private static string Number(IReadOnlyDictionary<string, AttributeValue> item, string name)
        => item.TryGetValue(name, out var value) && value.N is { } text ? text : throw new InvalidDataException($"{name} must be a number.");

    private static double Finite(double value)
        => double.IsFinite(value) ? value : throw new InvalidDataException("DynamoDB cannot store NaN or Infinity.");
}
