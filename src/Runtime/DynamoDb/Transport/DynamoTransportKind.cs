namespace Boto3Assist.DynamoDb;

/// <summary>How the data access layer sends its DynamoDB requests (<see cref="DynamoDataAccessOptions.Transport"/>).</summary>
public enum DynamoTransportKind
{
    /// <summary>Through the AWS SDK client given to <see cref="DynamoDataContext"/> (its pipeline, retries and marshalling).</summary>
    Sdk = 0,

    /// <summary>
    /// Requests sent by the runtime itself over <see cref="System.Net.Http.HttpClient"/>, signed with the SDK's SigV4
    /// signer, with the client's credentials, region and endpoint: bodies written and read with
    /// <see cref="System.Text.Json.Utf8JsonWriter"/>/<see cref="System.Text.Json.Utf8JsonReader"/>, typed reads straight
    /// into the entity. The same results and exceptions as <see cref="Sdk"/>.
    /// </summary>
    Http = 1,
}
