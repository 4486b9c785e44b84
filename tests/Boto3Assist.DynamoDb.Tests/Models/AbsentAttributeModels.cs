namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>
/// An entity with 70 attributes, every one required on read: the reader's record of which attributes came holds the
/// first 64 in one word and the rest beside it.
/// </summary>
[DynamoTable("wide")]
[PartitionKey("WIDE#{Id}")]
public sealed partial class WideEntity
{
    public string Id { get; set; } = "";

    public int Count01 { get; set; }

    public int Count02 { get; set; }
    public int Count03 { get; set; }
    public int Count04 { get; set; }
    public int Count05 { get; set; }
    public int Count06 { get; set; }
    public int Count07 { get; set; }
    public int Count08 { get; set; }
    public int Count09 { get; set; }
    public int Count10 { get; set; }
    public int Count11 { get; set; }
    public int Count12 { get; set; }
    public int Count13 { get; set; }
    public int Count14 { get; set; }
    public int Count15 { get; set; }
    public int Count16 { get; set; }
    public int Count17 { get; set; }
    public int Count18 { get; set; }
    public int Count19 { get; set; }
    public int Count20 { get; set; }
    public int Count21 { get; set; }
    public int Count22 { get; set; }
    public int Count23 { get; set; }
    public int Count24 { get; set; }
    public int Count25 { get; set; }
    public int Count26 { get; set; }
    public int Count27 { get; set; }
    public int Count28 { get; set; }
    public int Count29 { get; set; }
    public int Count30 { get; set; }
    public int Count31 { get; set; }
    public int Count32 { get; set; }
    public int Count33 { get; set; }
    public int Count34 { get; set; }
    public int Count35 { get; set; }
    public int Count36 { get; set; }
    public int Count37 { get; set; }
    public int Count38 { get; set; }
    public int Count39 { get; set; }
    public int Count40 { get; set; }
    public int Count41 { get; set; }
    public int Count42 { get; set; }
    public int Count43 { get; set; }
    public int Count44 { get; set; }
    public int Count45 { get; set; }
    public int Count46 { get; set; }
    public int Count47 { get; set; }
    public int Count48 { get; set; }
    public int Count49 { get; set; }
    public int Count50 { get; set; }
    public int Count51 { get; set; }
    public int Count52 { get; set; }
    public int Count53 { get; set; }
    public int Count54 { get; set; }
    public int Count55 { get; set; }
    public int Count56 { get; set; }
    public int Count57 { get; set; }
    public int Count58 { get; set; }
    public int Count59 { get; set; }
    public int Count60 { get; set; }
    public int Count61 { get; set; }
    public int Count62 { get; set; }
    public int Count63 { get; set; }
    public int Count64 { get; set; }
    public int Count65 { get; set; }
    public int Count66 { get; set; }
    public int Count67 { get; set; }
    public int Count68 { get; set; }
    public int Count69 { get; set; }
}

/// <summary>
/// Members set by the constructor, not by initializers: an item without them (or with NULL) leaves what the constructor
/// set, as System.Text.Json and DynamoDBContext do.
/// </summary>
[DynamoTable("defaults")]
[PartitionKey("D#{Id}")]
public sealed partial class ConstructorDefaults
{
    public ConstructorDefaults()
    {
        Note = "set by the constructor";
        Score = 7;
        Tags = new List<string> { "constructor" };
    }

    public string Id { get; set; } = "";

    public string? Note { get; set; }

    public int? Score { get; set; }

    public List<string>? Tags { get; set; }
}
