using System.Buffers;
using System.Text.Json;
using Boto3Assist.Benchmarks.Models;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>The response bodies DynamoDB would send for the benchmark's people, written once in DynamoDB JSON.</summary>
public static class CannedBodies
{
    public const string TableName = "people";

    /// <summary><paramref name="count"/> distinct people, all members set.</summary>
    public static List<Person> People(int count)
    {
        var people = new List<Person>(count);
        for (var i = 0; i < count; i++)
        {
            people.Add(new Person
            {
                Id = $"person-{i:D5}",
                FirstName = "Ada",
                LastName = $"Lovelace {i}",
                Email = $"ada{i}@example.com",
                Age = 20 + (i % 60),
                BirthDate = new DateTime(1815, 12, 10, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
                IsActive = i % 2 == 0,
                Balance = 1234.56m + i,
                Score = 98.6 + i,
                Tags = ["mathematician", "writer", "analyst", "pioneer"],
                HomeAddress = new PersonAddress { Street = $"{i} St James's Square", City = "London", PostalCode = "SW1Y 4JH", Country = "GB" },
            });
        }

        return people;
    }

    /// <summary>A Query (or Scan) response holding every person, no continuation.</summary>
    public static byte[] Items(IReadOnlyList<Person> people) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("Count"u8, people.Count);
        writer.WriteStartArray("Items"u8);
        foreach (var person in people)
        {
            PersonWireJson.WriteItem(writer, person);
        }

        writer.WriteEndArray();
        writer.WriteNumber("ScannedCount"u8, people.Count);
        writer.WriteEndObject();
    });

    /// <summary>A GetItem response.</summary>
    public static byte[] Item(Person person) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("Item"u8);
        PersonWireJson.WriteItem(writer, person);
        writer.WriteEndObject();
    });

    /// <summary>A BatchGetItem response holding every person, nothing unprocessed.</summary>
    public static byte[] BatchGet(IReadOnlyList<Person> people) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("Responses"u8);
        writer.WriteStartArray(TableName);
        foreach (var person in people)
        {
            PersonWireJson.WriteItem(writer, person);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("UnprocessedKeys"u8);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>A PutItem response (nothing asked back).</summary>
    public static byte[] Put() => "{}"u8.ToArray();

    /// <summary>A BatchWriteItem response with nothing unprocessed.</summary>
    public static byte[] BatchWrite() => "{\"UnprocessedItems\":{}}"u8.ToArray();

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
