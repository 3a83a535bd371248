#!/usr/bin/env bash
# Builds the client and the server and starts Välkommen on http://localhost:8080 with
# its embedded SQLite database (data/) and the demo municipality. Extra arguments go
# to the server (see `scripts/run.sh --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh
scripts/build-client.sh
cargo build --profile server -p server
echo "Välkommen: open http://localhost:8080"
exec target/server/server --demo "$@"
