using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Boto3Assist.Benchmarks.Models;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>
/// The floor: <see cref="Person"/> read from and written to DynamoDB JSON by hand with <see cref="Utf8JsonReader"/> and
/// <see cref="Utf8JsonWriter"/>, knowing the shape, checking only what a parser must (token types, number syntax).
/// Nothing faster could do the job in .NET; every other path in <see cref="DataAccessBenchmarks"/> is compared to it.
/// </summary>
public static class PersonWireJson
{
    /// <summary>The items of a Query or Scan response body.</summary>
    public static List<Person> ReadItemsResponse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var people = new List<Person>();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Items"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    people.Add(ReadItem(ref reader));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return people;
    }

    /// <summary>The item of a GetItem response body.</summary>
    public static Person? ReadGetResponse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        Person? person = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItem = reader.ValueTextEquals("Item"u8);
            reader.Read();
            if (isItem)
            {
                person = ReadItem(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return person;
    }

    /// <summary>The items of a BatchGetItem response body (one table).</summary>
    public static List<Person> ReadBatchGetResponse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var people = new List<Person>();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isResponses = reader.ValueTextEquals("Responses"u8);
            reader.Read();
            if (!isResponses)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    people.Add(ReadItem(ref reader));
                }
            }
        }

        return people;
    }

    /// <summary>One item; the reader is on its <c>{</c> and is left on its <c>}</c>.</summary>
    public static Person ReadItem(ref Utf8JsonReader reader)
    {
        var person = new Person();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Id"u8)) person.Id = String(ref reader);
            else if (reader.ValueTextEquals("FirstName"u8)) person.FirstName = String(ref reader);
            else if (reader.ValueTextEquals("LastName"u8)) person.LastName = String(ref reader);
            else if (reader.ValueTextEquals("Email"u8)) person.Email = String(ref reader);
            else if (reader.ValueTextEquals("Age"u8)) person.Age = Utf8Parser.TryParse(Number(ref reader), out int age, out _) ? age : throw Bad("Age");
            else if (reader.ValueTextEquals("BirthDate"u8)) person.BirthDate = DateTime.Parse(String(ref reader), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            else if (reader.ValueTextEquals("IsActive"u8)) person.IsActive = Bool(ref reader);
            else if (reader.ValueTextEquals("Balance"u8)) person.Balance = Utf8Parser.TryParse(Number(ref reader), out decimal balance, out _) ? balance : throw Bad("Balance");
            else if (reader.ValueTextEquals("Score"u8)) person.Score = Utf8Parser.TryParse(Number(ref reader), out double score, out _) ? score : throw Bad("Score");
            else if (reader.ValueTextEquals("Tags"u8)) person.Tags = Strings(ref reader);
            else if (reader.ValueTextEquals("HomeAddress"u8)) person.HomeAddress = Address(ref reader);
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return person;
    }

    /// <summary>The body of a PutItem request.</summary>
    public static void WritePutRequest(Utf8JsonWriter writer, string tableName, Person person)
    {
        writer.WriteStartObject();
        writer.WriteString("TableName"u8, tableName);
        writer.WritePropertyName("Item"u8);
        WriteItem(writer, person);
        writer.WriteEndObject();
    }

    /// <summary>The body of a BatchWriteItem request of puts on one table.</summary>
    public static void WriteBatchPutRequest(Utf8JsonWriter writer, string tableName, IReadOnlyList<Person> people)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("RequestItems"u8);
        writer.WriteStartArray(tableName);
        foreach (var person in people)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("PutRequest"u8);
            writer.WritePropertyName("Item"u8);
            WriteItem(writer, person);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>One item as DynamoDB JSON, the attributes the generated mapper writes.</summary>
    public static void WriteItem(Utf8JsonWriter writer, Person person)
    {
        writer.WriteStartObject();
        WriteS(writer, "Id"u8, person.Id);
        WriteS(writer, "FirstName"u8, person.FirstName);
        WriteS(writer, "LastName"u8, person.LastName);
        if (person.Email is not null)
        {
            WriteS(writer, "Email"u8, person.Email);
        }

        Span<byte> number = stackalloc byte[64];
        WriteN(writer, "Age"u8, Utf8Formatter.TryFormat(person.Age, number, out var written) ? number[..written] : throw Bad("Age"));
        WriteS(writer, "BirthDate"u8, person.BirthDate.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        writer.WriteStartObject("IsActive"u8);
        writer.WriteBoolean("BOOL"u8, person.IsActive);
        writer.WriteEndObject();
        WriteN(writer, "Balance"u8, Utf8Formatter.TryFormat(person.Balance, number, out written) ? number[..written] : throw Bad("Balance"));
        WriteN(writer, "Score"u8, person.Score.TryFormat(number, out written, "R", CultureInfo.InvariantCulture) ? number[..written] : throw Bad("Score"));
        writer.WriteStartObject("Tags"u8);
        writer.WriteStartArray("L"u8);
        foreach (var tag in person.Tags)
        {
            writer.WriteStartObject();
            writer.WriteString("S"u8, tag);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        if (person.HomeAddress is { } address)
        {
            writer.WriteStartObject("HomeAddress"u8);
            writer.WriteStartObject("M"u8);
            WriteS(writer, "Street"u8, address.Street);
            WriteS(writer, "City"u8, address.City);
            WriteS(writer, "PostalCode"u8, address.PostalCode);
            WriteS(writer, "Country"u8, address.Country);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteS(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string value)
    {
        writer.WriteStartObject(name);
        writer.WriteString("S"u8, value);
        writer.WriteEndObject();
    }

    private static void WriteN(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> digits)
    {
        writer.WriteStartObject(name);
        writer.WriteString("N"u8, digits);
        writer.WriteEndObject();
    }

    /// <summary>On the attribute's name: reads <c>{"S":"..."}</c>.</summary>
    private static string String(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Read();
        reader.Read();
        var value = reader.GetString()!;
        reader.Read();
        return value;
    }

    /// <summary>On the attribute's name: reads <c>{"N":"..."}</c>, the digits without a string.</summary>
    private static ReadOnlySpan<byte> Number(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Read();
        reader.Read();
        var digits = reader.ValueSpan;
        reader.Read();
        return digits;
    }

    private static bool Bool(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Read();
        reader.Read();
        var value = reader.GetBoolean();
        reader.Read();
        return value;
    }

    private static List<string> Strings(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Read();
        reader.Read();
        var values = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            reader.Read();
            reader.Read();
            values.Add(reader.GetString()!);
            reader.Read();
        }

        reader.Read();
        return values;
    }

    private static PersonAddress Address(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Read();
        reader.Read();
        var address = new PersonAddress();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("Street"u8)) address.Street = String(ref reader);
            else if (reader.ValueTextEquals("City"u8)) address.City = String(ref reader);
            else if (reader.ValueTextEquals("PostalCode"u8)) address.PostalCode = String(ref reader);
            else if (reader.ValueTextEquals("Country"u8)) address.Country = String(ref reader);
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        reader.Read();
        return address;
    }

    private static FormatException Bad(string member) => new($"Person.{member} is not a number DynamoDB JSON can hold.");
}
