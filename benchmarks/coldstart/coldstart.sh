#!/usr/bin/env bash
# Cold start of the AOT orders sample: from process start to the first DynamoDB response of a typed read (what a
# Lambda function's first invocation waits for), timed from exec to exit, median of RUNS native runs per transport,
# against a DynamoDB Local started here, then against a canned endpoint (canned-dynamodb.mjs, Node: it answers at once,
# so those runs time the client alone), then the same binary's --help (starting and exiting the process at all).
# Run it alone on a quiet machine: the numbers are wall-clock times.
#
#   benchmarks/coldstart/coldstart.sh [RUNS=10]
set -euo pipefail

runs="${1:-10}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=/tmp/boto3assist-coldstart
port=8765
emulator="$HOME/.cache/boto3assist/amplify-dynamodb-simulator_2.9.30/package/emulator"
if [ ! -f "$emulator/DynamoDBLocal.jar" ]; then
  echo "DynamoDB Local is not in $emulator: run the orders sample once (it downloads it)." >&2
  exit 1
fi

rm -rf "$work" && mkdir -p "$work"
dotnet publish "$repo/samples/Orders/Orders.csproj" -c Release -r linux-x64 -o "$work/orders" -nologo -v quiet > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }

# Waits (up to 20 s) until something listens on 127.0.0.1:PORT.
wait_for_port() {
  for _ in $(seq 1 100); do
    if (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "nothing listens on port $1" >&2
  return 1
}

(cd "$emulator" && exec java -Djava.library.path=./DynamoDBLocal_lib -jar DynamoDBLocal.jar -inMemory -port "$port" -disableTelemetry) > "$work/dynamodb.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
wait_for_port "$port"

canned_port=8766
node "$repo/benchmarks/coldstart/canned-dynamodb.mjs" "$canned_port" > "$work/canned.log" 2>&1 &
canned=$!
trap 'kill $server $canned 2>/dev/null || true' EXIT
wait_for_port "$canned_port"

# Times RUNS runs of the sample with these arguments (after one to warm the file cache) and prints the median.
time_runs() {
  local label="$1"
  shift
  "$work/orders/Orders" "$@" > /dev/null # warm the file cache
  local times=()
  for _ in $(seq 1 "$runs"); do
    # Timed from outside: the process's own start time (/proc) has a 10 ms resolution. From exec to exit, which is
    # the first response plus the process's exit (well under a millisecond for a native binary).
    local start end
    start=$(date +%s%N)
    "$work/orders/Orders" "$@" > /dev/null
    end=$(date +%s%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1000000 }')")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  echo "$label: median $median ms of $runs native runs (${times[*]})"
}

endpoint="http://127.0.0.1:$port"
# One full run creates the table (and warms DynamoDB Local's JIT, so the runs below measure the client).
"$work/orders/Orders" --endpoint "$endpoint" > "$work/full-run.log" 2>&1 || { tail -20 "$work/full-run.log"; exit 1; }

for transport in sdk http; do
  time_runs "$transport transport, DynamoDB Local" --endpoint "$endpoint" --transport "$transport" --first-response
done

for transport in sdk http; do
  time_runs "$transport transport, canned endpoint" --endpoint "http://127.0.0.1:$canned_port" --transport "$transport" --first-response
done

time_runs "the same binary, --help (start and exit)" --help
