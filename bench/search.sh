#!/usr/bin/env bash
# What a search costs when it is made, not served from the read cache: every query asked
# once, each a word from an article's Swedish or Arabic title, in Arabic (so the Swedish
# versions are searched too) and in Swedish. On the demo's articles copied TIMES times
# (10: 220 articles, about the 200 of issue 15's target; 100: 2,200), SQLite, the release
# build (profile `server`). Prints the time to the last byte (curl's time_total), p50,
# p99 and the slowest. Asserts nothing. Usage: bench/search.sh [TIMES…]   (default 10 100)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/scale-demo.sh
port=18094
data=
server=
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
cargo build -q --profile server -p server --bin server
m=/api/municipalities/granviken

# shellcheck disable=SC2048 # the multipliers, one word each
for t in ${*:-10 100}; do
  data=$(mktemp -d)
  VALKOMMEN_DIST_DIR=$data/no-client VALKOMMEN_DATA_DIR=$data VALKOMMEN_PORT=$port VALKOMMEN_DEMO=true \
    "${CARGO_TARGET_DIR:-target}/server/server" >"$data/log" 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.2; done
  copy_articles "$data/valkommen.db" $((t - 1))
  sqlite3 "$data/valkommen.db" "UPDATE content_version SET version = version + 1"
  sleep 1.5 # the server notices the new version within a second
  articles=$(sqlite3 "$data/valkommen.db" "SELECT COUNT(*) FROM articles")
  # Distinct words of four letters or more from the Swedish and the Arabic titles,
  # URL-encoded, as a newcomer would type them.
  sqlite3 "$data/valkommen.db" "SELECT DISTINCT title FROM article_versions WHERE lang IN ('sv', 'ar')" |
    python3 -c '
import sys, urllib.parse
seen = []
for line in sys.stdin:
    for word in line.split():
        word = word.strip(".,:;()«»\"?!")
        if len(word) >= 4 and word not in seen:
            seen.append(word)
for word in seen[:120]:
    print(urllib.parse.quote(word))' >"$data/words"
  : >"$data/times"
  for lang in ar sv; do
    while read -r word; do
      curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$m/search?lang=$lang&q=$word" >>"$data/times"
    done <"$data/words"
  done
  sort -n "$data/times" | awk -v articles="$articles" '{ t[NR] = $1 * 1000 }
    END { printf "%d articles: %d searches made, p50 %.1f ms, p99 %.1f ms, slowest %.1f ms\n",
      articles, NR, t[int(NR * 0.5)], t[int(NR * 0.99)], t[NR] }'
  kill $server
  wait $server 2>/dev/null || true
  server=
  rm -rf "$data"
done
