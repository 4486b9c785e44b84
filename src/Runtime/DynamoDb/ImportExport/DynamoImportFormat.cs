namespace Boto3Assist.DynamoDb;

/// <summary>The file formats <see cref="DynamoTableImporter"/> reads.</summary>
public enum DynamoImportFormat
{
    /// <summary>
    /// DynamoDB JSON Lines, one <c>{"Item":{"pk":{"S":"..."}}}</c> per line: DynamoDB's export to S3 and
    /// <see cref="DynamoTableExporter"/>.
    /// </summary>
    DynamoJsonLines = 0,

    /// <summary>
    /// What boto3-assist's <c>DynamoDBImporter.import_json_file</c> reads: a <c>.json</c> file holding one JSON array of
    /// plain items (<c>[{"pk":"A#1","total":12.5}]</c>, typed as boto3 types them: string S, number N, true/false BOOL,
    /// null NULL, array L, object M), or a gzip file holding a JSON array of <c>{"Item":{...}}</c> in DynamoDB JSON or
    /// DynamoDB JSON Lines. An "line" of such a file is an element of its array, numbered from 1.
    /// </summary>
    Boto3AssistJson = 1,
}
