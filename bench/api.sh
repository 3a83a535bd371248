#!/usr/bin/env bash
# The public read endpoints side by side with a bare handler that returns the same bytes
# from memory (server/examples/bare.rs), in the same run, with wrk: each endpoint's
# throughput as a share of the bare handler's, and p50 and p99, at 50 and 200
# connections. The data: the demo multiplied to 2,000 activities and 200 articles, on a
# fresh SQLite database and a release build (profile `server`). Each measurement
# starts with the server's memory warm (one request per address before wrk). Prints,
# asserts nothing. Usage: bench/api.sh [SECONDS]   (default 5 per run)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-demo.sh
seconds=${1:-5}
port=18091
bare_port=18092
data=$(mktemp -d)
trap 'kill $server $bare 2>/dev/null; rm -rf "$data"' EXIT
command -v wrk >/dev/null || sudo apt-get install -y -qq wrk >/dev/null 2>&1 || apt-get install -y -qq wrk >/dev/null
cargo build -q --profile server -p server --bin server --example bare
VALKOMMEN_DIST_DIR=$data/no-client VALKOMMEN_DATA_DIR=$data VALKOMMEN_PORT=$port VALKOMMEN_DEMO=true \
  target/server/server >"$data/log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.2; done

# 2,000 activities (copies of the demo's, as bench/activities.sh makes them) and 200
# articles (copies of the demo's in every language, each with a slug of its own).
read_bench_data "$data/valkommen.db"
echo "in the database: $(sqlite3 "$data/valkommen.db" 'SELECT COUNT(*) FROM activities') activities," \
  "$(sqlite3 "$data/valkommen.db" 'SELECT COUNT(*) FROM articles') articles"

m=/api/municipalities/granviken
activity=$(sqlite3 "$data/valkommen.db" 'SELECT MIN(id) FROM activities')
association=$(sqlite3 "$data/valkommen.db" 'SELECT slug FROM associations ORDER BY id LIMIT 1')
item=$(sqlite3 "$data/valkommen.db" 'SELECT MIN(id) FROM sportotek_items')
guide=$(sqlite3 "$data/valkommen.db" 'SELECT MIN(id) FROM guides')
endpoints=(
  "orientation index (ar)|$m/orientation?lang=ar"
  "article (prs)|$m/articles/nodlage-112?lang=prs"
  "search, Swedish word in Arabic|$m/search?lang=ar&q=F%C3%B6rs%C3%A4kringskassan"
  "search, Arabic word|$m/search?lang=ar&q=%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6"
  "finder, age 9, Tuesday, covered|$m/activities?lang=sv&age=9&weekday=tue&covered=1"
  "an activity (uk)|$m/activities/$activity?lang=uk"
  "an association (ar)|$m/associations/$association?lang=ar"
  "Sportotek catalogue (ar)|$m/sportotek?lang=ar"
  "a Sportotek item (sv)|$m/sportotek/items/$item?lang=sv"
  "guides (prs)|$m/guides?lang=prs"
  "a guide (sv)|$m/guides/$guide?lang=sv"
)

# The bare handler gets each endpoint's bytes, as the server sends them with brotli.
mkdir "$data/bare"
for i in "${!endpoints[@]}"; do
  path=${endpoints[$i]#*|}
  curl -sf -H 'accept-encoding: br' -o "$data/bare/$i" "http://127.0.0.1:$port$path"
done
target/server/examples/bare "$data/bare" $bare_port &
bare=$!
until curl -sf -o /dev/null "http://127.0.0.1:$bare_port/0"; do sleep 0.2; done

# wrk's requests per second, p50 and p99 in milliseconds.
run() {
  wrk -t2 -c"$1" -d"${seconds}s" --latency -H 'accept-encoding: br' "$2" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%d %.2f %.2f", rps, p50, p99 }'
}

printf '%-34s %5s %9s %9s %6s %8s %8s\n' endpoint conns "req/s" "bare" share "p50 ms" "p99 ms"
for connections in 50 200; do
  for i in "${!endpoints[@]}"; do
    name=${endpoints[$i]%%|*}
    path=${endpoints[$i]#*|}
    read -r rps p50 p99 <<<"$(run "$connections" "http://127.0.0.1:$port$path")"
    read -r bare_rps _ _ <<<"$(run "$connections" "http://127.0.0.1:$bare_port/$i")"
    printf '%-34s %5d %9d %9d %5d%% %8.2f %8.2f\n' "$name" "$connections" "$rps" "$bare_rps" \
      $((100 * rps / (bare_rps > 0 ? bare_rps : 1))) "$p50" "$p99"
  done
done
