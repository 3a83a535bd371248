#!/usr/bin/env bash
# The bytes of a first visit to each newcomer entry page, in a fresh headless Chromium,
# each file counted as the server sends it with brotli: the same measurement the test
# command holds to the budget (tests/journeys/budget.rs), with its table printed. Run
# after `scripts/build-client.sh` and `cargo build -p server`. Usage: bench/size.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test -q -p e2e --test journeys budget -- --nocapture 2>&1 | grep -E '^(sv|ar|prs|uk|en) |^ +[0-9]+ '
echo "uncompressed:"
for wasm in dist/*.wasm dist/*/*.wasm dist/*/*/*.wasm; do
  printf '  %-60s %9d\n' "$wasm" "$(stat -c%s "$wasm")"
done
