#!/usr/bin/env bash
# PostgreSQL stopped for 30 s and started again, the real fault. Starts a throwaway
# cluster of its own (initdb into a temporary folder, a free port; the machine's own
# PostgreSQL is never touched), the server on it with the demo, and a loop of requests
# (a reader of what nothing keeps in memory and a writer, each about five a second). Then
# `pg_ctl stop -m fast`, the pause, `pg_ctl start`. Prints the statuses before, during
# (from the stop until /api/ready is 200 again) and after, whether every 503 carried
# Retry-After, the slowest answers, and how soon /api/ready answered 200 again. Exits
# non-zero on a 500 or no answer at any time, a 503 without Retry-After, a failure
# among the last answers, or a readiness that did not come back.
# Usage: bench/outage.sh [SECONDS DOWN]   (default 30; PROFILE=server for the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
down=${1:-30}
target=${CARGO_TARGET_DIR:-target}
if [ "${PROFILE:-dev}" = server ]; then
  cargo build -q --profile server -p server --bin server
  bin=$target/server/server
else
  cargo build -q -p server --bin server
  bin=$target/debug/server
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d)
chmod 755 "$work"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pgport=$(free_port)
port=$(free_port)
# PostgreSQL will not run as root: as root, the cluster belongs to the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
pg_ctl() { as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/log" "$@"; }
cleanup() {
  kill "${reader:-}" "${writer:-}" "${server:-}" 2>/dev/null || true
  pg_ctl -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

as_pg "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-sync >/dev/null
pg_ctl -w -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres valkommen

DATABASE_URL="postgres://postgres@127.0.0.1:$pgport/valkommen" VALKOMMEN_ADDRESS=127.0.0.1 VALKOMMEN_PORT=$port \
  VALKOMMEN_DEMO=true VALKOMMEN_DIST_DIR=$work/no-client VALKOMMEN_DATA_DIR=$work \
  VALKOMMEN_FEEDBACK_PER_MINUTE=1000000 VALKOMMEN_LOG_FORMAT=json "$bin" >"$work/server.log" 2>&1 &
server=$!
base=http://127.0.0.1:$port
until curl -sf "$base/api/ready" >/dev/null; do kill -0 $server || { cat "$work/server.log"; exit 1; }; sleep 0.2; done

echo before >"$work/phase"
: >"$work/requests"
# A reader and a writer, each in a loop, one line per answer: the phase when it came
# (so a request in flight at the stop counts as during), read or write, status,
# Retry-After, seconds taken.
client() {
  local kind=$1 out retry
  shift
  while true; do
    out=$(curl -s -o /dev/null -D "$work/headers.$kind" -m 40 -w '%{http_code} %{time_total}' "$@" || echo "000 0")
    retry=$(grep -i '^retry-after:' "$work/headers.$kind" | tr -d '\r' | awk '{print $2}' || true)
    echo "$(cat "$work/phase") $kind ${out% *} ${retry:--} ${out#* }" >>"$work/requests"
    sleep 0.1
  done
}
client read "$base/api/municipalities/granviken/guides" &
reader=$!
client write -X POST -H 'content-type: application/json' -d '{"lang":"sv","helpful":true}' \
  "$base/api/municipalities/granviken/articles/tandvard/feedback" &
writer=$!

sleep 5
echo during >"$work/phase"
pg_ctl -m fast stop >/dev/null
sleep $((down / 2))
probe() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$base/api/$1"; }
midway="/api/ready $(probe ready), /api/health $(probe health)"
sleep $((down - down / 2))
pg_ctl -w -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
started=$(date +%s.%N)
ready=none
for _ in $(seq 1 300); do
  if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$base/api/ready")" = 200 ]; then
    ready=$(awk -v a="$(date +%s.%N)" -v b="$started" 'BEGIN { printf "%.2f", a - b }')
    break
  fi
  sleep 0.1
done
# "during" runs from the stop until readiness is back; "after" from then on.
echo after >"$work/phase"
sleep 10
kill $reader $writer || true
wait $reader $writer 2>/dev/null || true

echo "PostgreSQL stopped for ${down} s under a loop of reads and writes ($(basename "$bin"), $(wc -l <"$work/requests") answers)"
printf '%-7s %-6s %-7s %6s %17s %10s\n' phase kind status count "with Retry-After" "slowest s"
awk '{ key = $1 " " $2 " " $3; n[key]++; if ($4 != "-") r[key]++; if ($5 > s[key]) s[key] = $5 }
  END { for (k in n) { split(k, f, " "); printf "%-7s %-6s %-7s %6d %17d %10.2f\n", f[1], f[2], f[3], n[k], r[k], s[k] } }' \
  "$work/requests" | sort -k1,1 -k2,2 | awk '{ o = ($1 == "before") ? 0 : ($1 == "during") ? 1 : 2; print o "\t" $0 }' |
  sort -s -n -k1,1 | cut -f2-
echo "midway through the outage: $midway"
echo "/api/ready answered 200 again ${ready} s after pg_ctl start"
echo "server restarts: 0 (pid $server still running: $(kill -0 $server && echo yes))"
# Every 503 carries Retry-After; nothing is a 500 or no answer; the last answers, after
# the database came back, are all successes.
bad=$(awk '$3 == "000" || ($3 >= 500 && ($3 != 503 || $4 == "-"))' "$work/requests" | wc -l)
late=$(grep '^after' "$work/requests" | tail -n 20 | awk '$3 >= 300' | wc -l)
echo "answers that were no answer, a 500, or a 503 without Retry-After: $bad; failures among the last 20: $late"
[ "$ready" != none ] && [ "$bad" = 0 ] && [ "$late" = 0 ]
