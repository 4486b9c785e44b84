// ElectroDB 3.9 with the AWS SDK for JavaScript v3, run by ElectroDbAdoptionTests against DynamoDB Local:
//   node electrodb-task.mjs <endpoint> <table> <command> <json>
// Commands: put (the task's attributes), get (taskId, project, employee), queryById (taskId),
// queryByProject (project). Prints ElectroDB's `data` as JSON on one line after RESULT_MARKER (other output, such as
// the SDK's warnings, may surround it); an error exits non-zero with its message.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Entity } from "electrodb";

const [, , endpoint, table, command, input] = process.argv;

// DynamoDB Local keeps one database per access key and region: the same pair as the .NET tests.
const client = DynamoDBDocumentClient.from(new DynamoDBClient({
  endpoint,
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
}));

const task = new Entity(
  {
    model: { entity: "task", version: "1", service: "taskapp" },
    attributes: {
      taskId: { type: "string", required: true },
      project: { type: "string", required: true },
      employee: { type: "string", required: true },
      title: { type: "string" },
      status: { type: ["Open", "InProgress", "Done"], required: true },
      dueAt: { type: "string" },
      points: { type: "number" },
      urgent: { type: "boolean" },
      tags: { type: "list", items: { type: "string" } },
      labels: { type: "set", items: "string" },
    },
    indexes: {
      byId: {
        pk: { field: "pk", composite: ["taskId"] },
        sk: { field: "sk", composite: ["project", "employee"] },
      },
      byProject: {
        index: "gsi1",
        pk: { field: "gsi1_pk", composite: ["project"] },
        sk: { field: "gsi1_sk", composite: ["employee", "taskId"] },
      },
    },
  },
  { table, client },
);

const args = JSON.parse(input ?? "{}");
let result;
switch (command) {
  case "put":
    result = (await task.put(args).go()).data;
    break;
  case "get":
    result = (await task.get(args).go()).data;
    break;
  case "queryById":
    result = (await task.query.byId(args).go()).data;
    break;
  case "queryByProject":
    result = (await task.query.byProject(args).go()).data;
    break;
  default:
    throw new Error("unknown command " + command);
}

// Sets come back as JavaScript Sets, which JSON.stringify would drop.
const RESULT_MARKER = "BOTO3ASSIST-ELECTRODB-RESULT:";
process.stdout.write("\n" + RESULT_MARKER + JSON.stringify(result ?? null, (key, value) => (value instanceof Set ? [...value].sort() : value)) + "\n");
