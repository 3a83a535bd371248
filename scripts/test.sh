#!/usr/bin/env bash
# Runs every test: unit tests, the locale checks, the API tests against SQLite and
# against PostgreSQL, and the end-to-end journeys in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh --for-tests

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "building the client"
trunk build

say "unit tests and API tests on SQLite"
cargo test -p model --features fluent
cargo test -p server

say "API tests on PostgreSQL"
# Each test creates its own database; drop those of earlier runs.
psql -h 127.0.0.1 -U postgres -d test -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'vk_test_%'" \
  | while read -r db; do psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS \"$db\"" ; done
TEST_DATABASE=postgres cargo test -p server --test api

say "end-to-end journeys in headless Chromium"
cargo build -p server
cargo test -p e2e -- --test-threads=2
