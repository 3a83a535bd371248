#!/usr/bin/env bash
# Instructions and allocations per request, counted by valgrind (callgrind), for a public
# read answered from the read cache and for the bare handler that returns the same bytes
# (server/examples/bare.rs). Unlike bench/api.sh's requests a second, the counts do not
# move with what else the machine runs: they show what the server's own layers cost.
# The release build (profile `server`) on the demo data; each server is warmed with two
# requests, its counters zeroed, then wrk sends SECONDS of requests on 4 connections.
# Prints, asserts nothing. Usage: bench/instructions.sh [SECONDS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
port=18094
bare_port=18096
target=${CARGO_TARGET_DIR:-target}
data=$(mktemp -d)
server=
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
command -v valgrind >/dev/null || sudo apt-get install -y -qq valgrind >/dev/null 2>&1 || apt-get install -y -qq valgrind >/dev/null
command -v wrk >/dev/null || sudo apt-get install -y -qq wrk >/dev/null 2>&1 || apt-get install -y -qq wrk >/dev/null
cargo build -q --profile server -p server --bin server --example bare

# Waits until the process under valgrind has used no CPU for two seconds.
idle() {
  local before after
  after=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  until [ "${before:-}" = "$after" ]; do
    before=$after
    sleep 2
    after=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  done
}

# Runs the command under callgrind until its port answers; measures PATH on it. Prints
# requests, instructions per request and malloc calls per request.
measure() {
  local name=$1 port=$2 path=$3
  shift 3
  valgrind --tool=callgrind --callgrind-out-file="$data/$name.%p" "$@" >"$data/$name.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port$path"; do sleep 0.5; done
  curl -sf -o /dev/null -H 'accept-encoding: br' "http://127.0.0.1:$port$path"
  # The server compresses its own files once it has started (static_files.rs): under
  # valgrind that takes a while, and it is not the requests' cost. Wait until it is idle.
  idle
  callgrind_control -z "$server" >/dev/null 2>&1
  local requests
  requests=$(wrk -t1 -c4 -d"${seconds}s" -H 'accept-encoding: br' "http://127.0.0.1:$port$path" |
    awk '/requests in/ { print $1 }')
  callgrind_control -d "$server" >/dev/null 2>&1
  sleep 1
  kill "$server"
  wait "$server" 2>/dev/null || true
  local out
  out=$(ls "$data/$name".*.1* | head -1)
  # The total, and the calls into libc's malloc summed over its callers.
  callgrind_annotate --tree=caller --threshold=100 --auto=no "$out" 2>/dev/null | awk -v name="$name" -v n="$requests" '
    /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
    /^ *[0-9,]+ \( *[0-9.]+%\)  < .*x\)/ { c = $0; sub(/.*\(/, "", c); sub(/x\).*/, "", c); gsub(",", "", c); calls += c; next }
    /\*  .*malloc\.c:malloc \[/ { mallocs = calls }
    /^$/ { calls = 0 }
    END { printf "%-28s %8d requests  %9.0f instructions  %6.1f mallocs a request\n", name, n, total / n, mallocs / n }'
}

page=/api/municipalities/granviken/orientation?lang=ar
VALKOMMEN_DIST_DIR=$data/no-client VALKOMMEN_DATA_DIR=$data VALKOMMEN_PORT=$port VALKOMMEN_DEMO=true \
  measure "orientation index (ar), kept" "$port" "$page" "$target/server/server"
mkdir "$data/bare" "$data/fetch"
VALKOMMEN_DIST_DIR=$data/no-client VALKOMMEN_DATA_DIR=$data/fetch VALKOMMEN_PORT=$port VALKOMMEN_DEMO=true \
  "$target/server/server" >/dev/null 2>&1 &
server=$!
until curl -sf -H 'accept-encoding: br' -o "$data/bare/page" "http://127.0.0.1:$port$page"; do sleep 0.5; done
kill "$server"
wait "$server" 2>/dev/null || true
measure "bare handler, same bytes" "$bare_port" /page "$target/server/examples/bare" "$data/bare" "$bare_port"
