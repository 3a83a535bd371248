#!/usr/bin/env bash
# The compose file's topology as plain processes, for machines where containers cannot
# run: two servers started at the same moment on one fresh PostgreSQL database. Checks
# that the migrations ran once, that both answer and agree on what they serve, that a
# sign-in on one holds on the other, and that a payment retried on the other server
# with the same key is the same payment. With Caddy installed, it also puts Caddy in
# front (deploy/Caddyfile, on https://localhost:18443) and checks that answers come
# through it, with HSTS, and keep coming while one server is stopped. Exits non-zero if
# any check fails.
# Usage: deploy/two-servers.sh   (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres;
#        SERVER_BIN, a server binary to use instead of building one;
#        KEEP=1 leaves the servers running and the database in place)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
admin=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
database=valkommen_two_$(date +%s)_$$
url="${admin%/*}/$database"
ports=(18181 18182)
binary=${SERVER_BIN:-${CARGO_TARGET_DIR:-target}/server/server}
log=$(mktemp -d)
pids=()
cleanup() {
  if [ "${KEEP:-}" = 1 ]; then echo "left running: ${pids[*]}; database $database; logs in $log"; return; fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q "$admin" -c "DROP DATABASE IF EXISTS \"$database\"" >/dev/null 2>&1 || true
  rm -rf "$log"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

[ -n "${SERVER_BIN:-}" ] || cargo build -q --profile server -p server --bin server
psql -q "$admin" -c "CREATE DATABASE \"$database\"" >/dev/null

# Both at once: the second waits on sqlx's advisory lock while the first migrates. Only
# the first seeds the demo, as in compose.yaml.
for i in 0 1; do
  demo=$([ "$i" = 0 ] && echo true || echo false)
  DATABASE_URL=$url VALKOMMEN_ADDRESS=127.0.0.1 VALKOMMEN_PORT=${ports[$i]} VALKOMMEN_DEMO=$demo \
    VALKOMMEN_DIST_DIR=/nonexistent VALKOMMEN_TRUSTED_PROXY=127.0.0.1 VALKOMMEN_HTTPS=true "$binary" >"$log/server$i.log" 2>&1 &
  pids+=($!)
done
for i in 0 1; do
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:${ports[$i]}/api/health" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:${ports[$i]}/api/health" >/dev/null || { cat "$log/server$i.log"; fail "server $i never answered"; }
done
echo "both servers answer on ports ${ports[*]}"

migrations=$(ls server/migrations/postgres/*.sql | wc -l)
applied=$(psql -Atq "$url" -c "SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
[ "$applied" = "$migrations" ] || fail "$applied migrations recorded, $migrations expected"
echo "migrations: $applied applied, each once"
# The demo seeds once in a while after the health check answers: wait for it.
for _ in $(seq 100); do
  [ "$(psql -Atq "$url" -c 'SELECT COUNT(*) FROM municipalities')" = 1 ] && break; sleep 0.1
done

m=/api/municipalities/granviken
for path in "$m/orientation?lang=ar" "$m/activities?lang=sv&age=9" "$m/sportotek?lang=uk" "$m/guides?lang=prs"; do
  a=$(curl -sf "http://127.0.0.1:${ports[0]}$path" | sha256sum)
  b=$(curl -sf "http://127.0.0.1:${ports[1]}$path" | sha256sum)
  [ "$a" = "$b" ] || fail "the servers differ on $path"
done
echo "the same orientation, finder, Sportotek and guides from both"

# Sign in on the first server, act on the second.
headers=$(curl -sf -D - -o "$log/me.json" -H 'content-type: application/json' \
  -d '{"email":"forening@granviken.example","password":"'"$(grep -o 'DEMO_PASSWORD: &str = "[^"]*"' server/src/seed.rs | cut -d'"' -f2)"'"}' \
  "http://127.0.0.1:${ports[0]}/api/auth/sign-in")
cookie=$(printf '%s' "$headers" | grep -i '^set-cookie:' | head -1 | sed 's/^[^:]*: *//; s/;.*//')
csrf=$(jq -r .csrf_token "$log/me.json")
second() { curl -s -o "$log/body" -w '%{http_code}' -H "cookie: $cookie" -H "x-csrf-token: $csrf" "$@"; }
[ "$(second "http://127.0.0.1:${ports[1]}/api/auth/me")" = 200 ] || fail "a sign-in on one server is not valid on the other"
echo "a sign-in on the first server holds on the second"

association=$(second "http://127.0.0.1:${ports[1]}/api/staff/associations" >/dev/null; jq '.[] | select(.slug == "granvikens-if") | .id' "$log/body")
code=$(psql -Atq "$url" -c "SELECT code FROM vouchers WHERE balance_ore >= 1000 AND revoked_at IS NULL ORDER BY id LIMIT 1")
key=$(cat /proc/sys/kernel/random/uuid)
pay() {
  curl -s -o "$log/receipt$1" -w '%{http_code}' -H "cookie: $cookie" -H "x-csrf-token: $csrf" -H 'content-type: application/json' \
    -d '{"code":"'"$code"'","amount_ore":1000,"idempotency_key":"'"$key"'"}' \
    "http://127.0.0.1:${ports[$1]}/api/staff/associations/$association/redemptions"
}
first=$(pay 0)
again=$(pay 1)
[ "$first" = 201 ] && [ "$again" = 200 ] || fail "payment answered $first, its retry on the other server $again"
[ "$(jq .id "$log/receipt0")" = "$(jq .id "$log/receipt1")" ] || fail "the retry got another receipt"
[ "$(psql -Atq "$url" -c "SELECT COUNT(*) FROM redemptions WHERE idempotency_key = '$key'")" = 1 ] || fail "paid twice"
echo "a payment retried on the other server with the same key: the same receipt, paid once"

if command -v caddy >/dev/null; then
  XDG_DATA_HOME=$log XDG_CONFIG_HOME=$log VALKOMMEN_HOST=localhost:18443 \
    VALKOMMEN_UPSTREAMS="127.0.0.1:${ports[0]} 127.0.0.1:${ports[1]}" \
    caddy run --config deploy/Caddyfile --adapter caddyfile >"$log/caddy.log" 2>&1 &
  pids+=($!)
  through() { curl -sk -o /dev/null -D - "https://localhost:18443$1"; }
  for _ in $(seq 100); do through /api/health | grep -q '^HTTP/2 200' && break; sleep 0.1; done
  through /api/health | grep -qi '^strict-transport-security' || { cat "$log/caddy.log"; fail "no answer with HSTS through Caddy"; }
  kill "${pids[0]}"
  for n in $(seq 20); do
    through "$m/orientation?lang=sv" | grep -q '^HTTP/2 200' || fail "request $n through Caddy failed with one server stopped"
  done
  echo "through Caddy: answers with HSTS, and 20 of 20 with the first server stopped"
else
  echo "(no caddy here: the proxy was not tried)"
fi
echo "OK: two servers on one PostgreSQL database ($database)"
