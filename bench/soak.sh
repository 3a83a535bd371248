#!/usr/bin/env bash
# A soak of mixed traffic on the demo data × 100 (activities, articles and Sportotek
# items), on SQLite and the release build (profile `server`): reads of every public
# page (asking for brotli, as phones do), payments, Sportotek reservations, guide
# bookings and the odd bad request, from CLIENTS clients at once
# (server/examples/soak.rs), each family at an address of its own. Samples the server's
# RSS every 10 s; prints requests by kind and status, their latency, every error besides
# the intended refusals, RSS first, max and last, and the last sample's anonymous and
# file-backed parts.
# Usage: bench/soak.sh [SECONDS] [CLIENTS]   (default 600 and 16)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-demo.sh
seconds=${1:-600}
clients=${2:-16}
port=18093
target=${CARGO_TARGET_DIR:-target}
data=$(mktemp -d)
server= sampler=
# The server's own children first: a SOAK_WRAP tool's server is one.
# (Each step `|| true`: under `set -e` a step that fails ends the trap.)
trap 'pkill -P "$server" 2>/dev/null || true; kill $server $sampler 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
# The server as it runs in production, with deploy/'s malloc settings (two arenas, a
# fixed mmap and trim threshold; SOAK_ARENAS=N runs it with N arenas, SOAK_TUNABLES= with
# glibc's own thresholds); the load driver
# unoptimised, which builds in a fraction of the time (the dev-dependencies' features
# would build the server again).
# SOAK_BIN=PATH soaks another build of the server (one with symbols, say) and
# SOAK_WRAP=COMMAND runs it under a tool (`heaptrack -o FILE`: the RSS is then the tool's
# process's, not the server's).
bin=${SOAK_BIN:-$target/server/server}
[ -n "${SOAK_BIN:-}" ] || cargo build -q --profile server -p server --bin server
cargo build -q -p server --example soak
env MALLOC_ARENA_MAX=${SOAK_ARENAS:-2} GLIBC_TUNABLES=${SOAK_TUNABLES-glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072} VALKOMMEN_DIST_DIR=$data/no-client VALKOMMEN_DATA_DIR=$data VALKOMMEN_PORT=$port VALKOMMEN_ADDRESS=127.0.0.1 \
  VALKOMMEN_DEMO=true VALKOMMEN_TRUSTED_PROXY=127.0.0.1 VALKOMMEN_VOUCHER_CHECKS_PER_TEN_MINUTES=10000000 \
  ${SOAK_WRAP:-} "$bin" >"$data/log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.2; done
scale_demo "$data/valkommen.db" 100
q() { sqlite3 "$data/valkommen.db" "$1"; }
echo "data: $(q 'SELECT COUNT(*) FROM activities') activities, $(q 'SELECT COUNT(*) FROM articles') articles," \
  "$(q 'SELECT COUNT(*) FROM sportotek_items') Sportotek items, $(q 'SELECT COUNT(*) FROM guides') guides;" \
  "$seconds s, $clients clients"

# VmRSS, RssAnon and RssFile in kB, on one line.
rss() { awk '/^VmRSS|^RssAnon|^RssFile/ { printf "%s ", $2 } END { print "" }' "/proc/$server/status"; }
rss >"$data/rss"
(while sleep 10; do rss >>"$data/rss"; done) &
sampler=$!
"$target/debug/examples/soak" "http://127.0.0.1:$port" "$data/valkommen.db" "$seconds" "$clients"
rss >>"$data/rss"
# What the last sample is made of: the heap and stacks (anonymous), and the pages of the
# binary and its libraries that were read (file-backed, which the kernel can drop).
split=$(awk '/^RssAnon|^RssFile/ { printf "%s %.1f MB ", $1, $2 / 1024 }' "/proc/$server/status")
kill "$sampler"
# The anonymous mappings that hold the most: glibc's heaps (the main one is `[heap]`, the
# other arena's are 64 MB reservations) and the threads' stacks (2 MB or 8 MB each).
echo "threads: $(ls "/proc/$server/task" | wc -l); anonymous mappings holding the most (size, resident, in kB):"
awk '/^[0-9a-f]+-[0-9a-f]+ / { split($1, r, "-"); name = ($6 == "" ? "anonymous" : $6);
       size = (strtonum("0x" r[2]) - strtonum("0x" r[1])) / 1024 }
     /^Anonymous:/ { if ($2 > 0) print size, $2, name }' "/proc/$server/smaps" |
  sort -k2 -rn | head -8 | sed 's/^/  /'
# The file-backed part by file: the server's own code, the C library, SQLite's shared
# memory beside its write-ahead log.
echo "file-backed resident by file (kB):"
awk '/^[0-9a-f]+-[0-9a-f]+ / { name = ($6 == "" ? "anonymous" : $6) }
     /^Rss:/ { rss = $2 } /^Anonymous:/ { if (name != "anonymous" && name !~ /^\[/) file[name] += rss - $2 }
     END { for (n in file) if (file[n] > 0) print file[n], n }' "/proc/$server/smaps" |
  sort -rn | head -6 | sed 's/^/  /'
echo "read cache: $(curl -s "http://127.0.0.1:$port/metrics" | grep -E '^valkommen_read_cache_(bytes|hits|misses) ' | tr '\n' ' ')"
awk '{ kb[NR] = $1; if ($1 > max) { max = $1; anon = $2; file = $3 } }
     END { printf "RSS: first %.1f MB, max %.1f MB (anonymous %.1f MB, file-backed %.1f MB), last %.1f MB (%d samples)\n",
       kb[1] / 1024, max / 1024, anon / 1024, file / 1024, kb[NR] / 1024, NR }' \
  "$data/rss"
echo "RSS at the end: $split"
echo "RSS every 10 s (MB): $(awk '{ printf "%.0f ", $1 / 1024 }' "$data/rss")"
echo "server log: $(grep -c 'ERROR' "$data/log" || true) errors, $(grep -c 'WARN' "$data/log" || true) warnings;" \
  "database $(du -sh "$data" | cut -f1)"
# What the errors and warnings say, without times and colours, the most frequent first.
sed 's/\x1b\[[0-9;]*m//g' "$data/log" | grep -E ' (ERROR|WARN) ' | cut -d' ' -f2- | sort | uniq -c | sort -rn | head -5
