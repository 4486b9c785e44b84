#!/usr/bin/env bash
# Packs Boto3Assist (runtime + generator + analyzers under analyzers/dotnet/cs) and Boto3Assist.Testing into a folder.
# Usage: build/pack.sh OUTPUT_DIR [VERSION]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?output folder}
version=${2:-0.1.0-local}
dotnet pack src/Runtime/Boto3Assist.Runtime.csproj -c Release -p:Version="$version" -o "$out" --nologo
dotnet pack src/Testing/Boto3Assist.Testing.csproj -c Release -p:Version="$version" -o "$out" --nologo
