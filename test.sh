#!/usr/bin/env bash
# Runs every test of the solution: generator, analyzers, runtime, integration against DynamoDB Local and fauxqs,
# packaging (pack + consume) and the Native AOT publish of the sample. Then the data access integration tests a second
# time on the HTTP transport (BOTO3ASSIST_TEST_TRANSPORT=Http): every one of them must pass on both transports.
set -uo pipefail
cd "$(dirname "$0")"
status=0
dotnet test Boto3Assist.Generators.sln -c Release "$@" || status=$?
BOTO3ASSIST_TEST_TRANSPORT=Http dotnet test tests/Boto3Assist.DataAccess.Tests -c Release --no-build "$@" || status=$?
exit "$status"
