#!/usr/bin/env bash
# Build cost of the generated code: a project of N Person-like entities (the entity-mapping benchmark's Person: 11
# members, a list, a nested address), built with and without the Boto3Assist generator. After a first full build of
# each, it touches one entity file and rebuilds, REPEAT times, and prints the median wall time of those rebuilds and
# the size of the generated source. Run it alone on a quiet machine: the numbers are wall-clock times.
#
#   benchmarks/build/compile-200.sh [REPEAT=5] [ENTITIES=200] [WORKDIR=/tmp/boto3assist-build-bench]
#
# COMPILER_SERVER=1 builds with the compiler server (VBCSCompiler), as a developer's machine does by default: the
# compiler stays loaded between builds and the generator's pipeline keeps its cached steps, so a rebuild after touching
# one entity runs the generator for that entity only. Without it (the default here, and what CI machines often set with
# UseSharedCompilation=false), every build starts a fresh compiler and runs the generator over every entity.
set -euo pipefail

repeat="${1:-5}"
entities="${2:-200}"
work="${3:-/tmp/boto3assist-build-bench}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared=()
if [[ "${COMPILER_SERVER:-0}" == 1 ]]; then
  shared=(-p:UseSharedCompilation=true)
fi

rm -rf "$work"
mkdir -p "$work"

# The runtime and the generator are built once, then referenced as the package would give them (the runtime assembly,
# its package dependencies, the generator as an analyzer), so a rebuild measures the user's project alone.
dotnet build "$repo/src/Runtime/Boto3Assist.Runtime.csproj" -c Release -f net10.0 -nologo -v quiet > "$work/runtime.log" 2>&1 \
  || { cat "$work/runtime.log"; exit 1; }
runtime_dll="$repo/src/Runtime/bin/Release/net10.0/Boto3Assist.dll"
generator_dll="$repo/src/Generators/bin/Release/netstandard2.0/Boto3Assist.Generators.dll"
cp "$repo/Directory.Packages.props" "$work/Directory.Packages.props"
packages=$(sed -n 's/.*<PackageReference Include="\([^"]*\)".*/\1/p' "$repo/src/Runtime/Boto3Assist.Runtime.csproj" | grep -v PublicApiAnalyzers)

# One project per variant, so each keeps its own incremental state. Only the generator reference differs.
write_project() {
  local dir="$1" generator="$2"
  mkdir -p "$dir/Models"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo '  <PropertyGroup>'
    echo '    <TargetFramework>net10.0</TargetFramework>'
    echo '    <ImplicitUsings>enable</ImplicitUsings>'
    echo '    <Nullable>enable</Nullable>'
    echo '    <NoWarn>$(NoWarn);CS1591;NU1603</NoWarn>'
    echo '    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>'
    echo '  </PropertyGroup>'
    echo '  <ItemGroup>'
    for package in $packages; do
      echo "    <PackageReference Include=\"$package\" />"
    done
    echo "    <Reference Include=\"$runtime_dll\" />"
    if [[ "$generator" == yes ]]; then
      echo "    <Analyzer Include=\"$generator_dll\" />"
    fi
    echo '  </ItemGroup>'
    echo '</Project>'
  } > "$dir/BuildBench.csproj"
  for ((i = 0; i < entities; i++)); do
    local n
    n=$(printf '%03d' "$i")
    cat > "$dir/Models/Person$n.cs" <<CS
using Boto3Assist.DynamoDb;

namespace BuildBench.Models;

[DynamoTable("people", WriteEntityType = false)]
public sealed partial class Person$n
{
    [PartitionKey]
    public string Id { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Email { get; set; }
    public int Age { get; set; }
    public DateTime BirthDate { get; set; }
    public bool IsActive { get; set; }
    public decimal Balance { get; set; }
    public double Score { get; set; }
    public List<string> Tags { get; set; } = new();
    public Address$n? HomeAddress { get; set; }
}

public sealed class Address$n
{
    public string Street { get; set; } = "";
    public string City { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Country { get; set; } = "";
}
CS
  done
  echo 'Console.WriteLine("built");' > "$dir/Program.cs"
  sed -i 's|<TargetFramework>|<OutputType>Exe</OutputType>\n    <TargetFramework>|' "$dir/BuildBench.csproj"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

measure() {
  local dir="$1" label="$2"
  dotnet build "$dir/BuildBench.csproj" -c Release -nologo -v quiet "${shared[@]}" > "$work/$label.first.log" 2>&1 || { cat "$work/$label.first.log"; exit 1; }
  local times=()
  for ((r = 1; r <= repeat; r++)); do
    echo "// touched $r" >> "$dir/Models/Person000.cs"
    local start end
    start=$(date +%s.%N)
    dotnet build "$dir/BuildBench.csproj" -c Release -nologo -v quiet --no-restore "${shared[@]}" > "$work/$label.$r.log" 2>&1 || { cat "$work/$label.$r.log"; exit 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  local m
  m=$(printf '%s\n' "${times[@]}" | median)
  local generated="$dir/obj/Release/net10.0/generated/Boto3Assist.Generators"
  local size=0 lines=0
  if [[ -d "$generated" ]]; then
    size=$(find "$generated" -name '*.g.cs' -exec cat {} + | wc -c)
    lines=$(find "$generated" -name '*.g.cs' -exec cat {} + | wc -l)
  fi
  printf '%-18s rebuild after touching one file: median %6.2f s of %d (%s); generated: %d lines, %d bytes\n' \
    "$label" "$m" "$repeat" "${times[*]}" "$lines" "$size"
}

write_project "$work/with-generator" yes
write_project "$work/without-generator" no
measure "$work/without-generator" without-generator
measure "$work/with-generator" with-generator
if [[ "${COMPILER_SERVER:-0}" == 1 ]]; then
  dotnet build-server shutdown > /dev/null 2>&1 || true
fi
