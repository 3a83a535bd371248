#!/usr/bin/env bash
# The newcomers' pages as the server fills them (first paint), side by side with a bare
# handler that returns the same bytes from memory (server/examples/bare.rs), in the same
# run, with wrk: each page's throughput as a share of the bare handler's, and p50 and
# p99, at 50 connections. A phone's request: brotli, an Arabic browser. The data: the
# demo with 2,000 activities and 200 articles, as bench/api.sh has it, on a fresh SQLite
# database and a release build (profile `server`) serving the built client (`dist/`,
# from scripts/build-client.sh). Each measurement starts after the server's start-up
# compression of the client, with one request per page before wrk. Prints, asserts
# nothing. PAGES_BIN=PATH measures another build of the server.
# Usage: bench/pages.sh [SECONDS]   (default 5 per run)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-demo.sh
seconds=${1:-5}
port=18094
bare_port=18095
data=$(mktemp -d)
trap 'kill $server $bare 2>/dev/null; rm -rf "$data"' EXIT
[ -f dist/index.html ] || { echo "no client: run scripts/build-client.sh first" >&2; exit 1; }
command -v wrk >/dev/null || sudo apt-get install -y -qq wrk >/dev/null 2>&1 || apt-get install -y -qq wrk >/dev/null
bin=${PAGES_BIN:-target/server/server}
[ -n "${PAGES_BIN:-}" ] || cargo build -q --profile server -p server --bin server
cargo build -q --profile server -p server --example bare
VALKOMMEN_DIST_DIR=dist VALKOMMEN_DATA_DIR=$data VALKOMMEN_PORT=$port VALKOMMEN_DEMO=true \
  "$bin" >"$data/log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.2; done
read_bench_data "$data/valkommen.db"
# The client's files are compressed once at start: wait until the server is idle.
before= after=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
until [ "$before" = "$after" ]; do
  before=$after
  sleep 2
  after=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
done

activity=$(sqlite3 "$data/valkommen.db" 'SELECT MIN(id) FROM activities')
item=$(sqlite3 "$data/valkommen.db" 'SELECT MIN(id) FROM sportotek_items')
pages=(
  "start page|/"
  "an article|/articles/nodlage-112"
  "search|/search?q=F%C3%B6rs%C3%A4kringskassan"
  "finder, age 9, Tuesday, covered|/activities?age=9&weekday=tue&covered=1"
  "an activity|/activities/$activity"
  "Sportotek catalogue|/activities/sportotek"
  "a Sportotek item|/activities/sportotek/items/$item"
  "guides|/activities/guides"
  "fritidscheck balance|/activities/voucher"
)
headers=(-H 'accept-encoding: br' -H 'accept-language: ar')

mkdir "$data/bare"
for i in "${!pages[@]}"; do
  path=${pages[$i]#*|}
  curl -sf "${headers[@]}" -o "$data/bare/$i" "http://127.0.0.1:$port$path"
done
target/server/examples/bare "$data/bare" $bare_port &
bare=$!
until curl -sf -o /dev/null "http://127.0.0.1:$bare_port/0"; do sleep 0.2; done

# wrk's requests per second, p50 and p99 in milliseconds.
run() {
  wrk -t2 -c"$1" -d"${seconds}s" --latency "${headers[@]}" "$2" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%d %.2f %.2f", rps, p50, p99 }'
}

printf '%-34s %7s %5s %9s %9s %6s %8s %8s\n' page bytes conns "req/s" "bare" share "p50 ms" "p99 ms"
for i in "${!pages[@]}"; do
  name=${pages[$i]%%|*}
  path=${pages[$i]#*|}
  read -r rps p50 p99 <<<"$(run 50 "http://127.0.0.1:$port$path")"
  read -r bare_rps _ _ <<<"$(run 50 "http://127.0.0.1:$bare_port/$i")"
  printf '%-34s %7d %5d %9d %9d %5d%% %8.2f %8.2f\n' "$name" "$(stat -c %s "$data/bare/$i")" 50 "$rps" "$bare_rps" \
    $((100 * rps / (bare_rps > 0 ? bare_rps : 1))) "$p50" "$p99"
done
