#!/usr/bin/env bash
# Runs every test: unit tests, the locale checks, the API tests against SQLite and
# against PostgreSQL, and the end-to-end journeys in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# Each step says when it started, in minutes and seconds since the run began: the log
# of a slow CI run then tells which step was slow.
say() { printf '\033[1m==> [%d:%02d] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

all_tests() {
  scripts/setup.sh --for-tests

  # The browser bundles build beside the native tests. Each bundle ends in a link-time
  # optimisation on one core, and the native builds and tests fill the other: on a
  # fresh two-core machine this saves minutes. The client's log follows the tests'.
  say "building the client, beside the unit and API tests"
  client_log=$(mktemp)
  scripts/build-client.sh >"$client_log" 2>&1 &
  client=$!
  trap 'kill "$client" 2>/dev/null || true; rm -f "$client_log"' EXIT

  say "unit tests (with the locale checks) and API tests on SQLite"
  # The five packages' native tests in one cargo run: their dependencies (web-sys,
  # Leptos, syn and the rest) build once, with the features of all five, rather than
  # again for each package's own. The bundles' own rules (money typed in kronor, the
  # activity draft, a scanned or typed voucher code, the balances saved on the phone)
  # run natively among them.
  native=(-p model -p console -p activities -p ui -p server --features model/staff,ui/qr)
  cargo test "${native[@]}"

  say "API and fault tests on PostgreSQL"
  # Each test creates its own database; drop those of earlier runs.
  psql -h 127.0.0.1 -U postgres -d test -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'vk_test_%'" \
    | while read -r db; do psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS \"$db\""; done
  # The same packages and features as above, so that nothing builds again.
  TEST_DATABASE=postgres cargo test "${native[@]}" --test api --test faults

  say "building the journeys"
  # They start target/debug/server, which the API tests above built (`cargo test` builds
  # a package's binaries for its integration tests): a `cargo build -p server` here would
  # build it again without the tests' dev-dependency features, minutes on two cores.
  cargo test -p e2e --no-run

  say "waiting for the client"
  status=0
  wait "$client" || status=$?
  cat "$client_log"
  if [ "$status" -ne 0 ]; then echo "building the client failed" >&2; exit "$status"; fi

  say "end-to-end journeys in headless Chromium"
  cargo test -p e2e -- --test-threads=2
  say "done"
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT
all_tests 2>&1 | tee "$log"
# One closing line for all the runs above.
awk '/^test result:/ { p += $4; f += $6 } END { printf "%d passed, %d failed\n", p, f }' "$log"
