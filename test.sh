#!/usr/bin/env bash
# Runs every test of the solution: generator, analyzers, runtime, integration against DynamoDB Local and fauxqs,
# packaging (pack + consume) and the Native AOT publish of the sample.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Boto3Assist.Generators.sln -c Release "$@"
