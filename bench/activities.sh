#!/usr/bin/env bash
# The finder with the demo multiplied to 2,000 activities: starts a release server on a
# fresh SQLite database, copies the demo's activities until there are 2,000 (same
# associations, texts in every language, seasons unchanged), then measures the finder
# API with N sequential requests per query and the bytes a page of results costs.
# Prints, asserts nothing. Usage: bench/activities.sh [N]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-demo.sh
n=${1:-100}
port=18090
data=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
cargo build -q --profile server -p server
# No client: its compression at start would compete with the measurement.
VALKOMMEN_DIST_DIR=$data/no-client VALKOMMEN_DATA_DIR=$data VALKOMMEN_PORT=$port target/server/server >"$data/log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.2; done

# Copies of every demo activity, with ids far above the originals, until 2,000 exist.
copy_activities "$data/valkommen.db" 50
sqlite3 "$data/valkommen.db" <<'SQL'
DELETE FROM activity_texts WHERE activity_id IN (SELECT id FROM activities ORDER BY id LIMIT -1 OFFSET 2000);
DELETE FROM activities WHERE id IN (SELECT id FROM activities ORDER BY id LIMIT -1 OFFSET 2000);
SQL
echo "activities in the database: $(sqlite3 "$data/valkommen.db" 'SELECT COUNT(*) FROM activities')"

m=http://127.0.0.1:$port/api/municipalities/granviken
measure() {
  local name=$1 url=$2
  for _ in $(seq "$n"); do curl -s -o /dev/null -H 'accept-encoding: br' -w '%{time_total}\n' "$url"; done \
    | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000 } END { printf "%-44s median %6.1f ms   p95 %6.1f ms   (n=%d)\n", name, t[int(NR/2)], t[int(NR*0.95)], NR }'
  printf '%-44s %s\n' "  page of results, bytes (brotli / raw)" \
    "$(curl -s -o /dev/null -H 'accept-encoding: br' -w '%{size_download}' "$url") / $(curl -s -o /dev/null -w '%{size_download}' "$url")"
}
measure "everything (ar)" "$m/activities?lang=ar"
measure "9 years, Tuesday, covered (prs)" "$m/activities?lang=prs&age=9&weekday=tue&covered=1"
measure "nearest first (uk)" "$m/activities?lang=uk&sort=distance&near=60.513,14.222"
measure "last page (sv)" "$m/activities?lang=sv&offset=1980"
measure "one activity (prs)" "$m/activities/1?lang=prs"
