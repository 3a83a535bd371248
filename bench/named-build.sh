#!/usr/bin/env bash
# Builds one newcomer bundle with the wasm's function names kept, for profiling it with
# `FUNCTIONS=N bench/tasks.sh` (the bundles we serve lose their names: a name section
# costs about a fifth more download). The names survive only without wasm-opt, so the
# wasm is wasm-bindgen's output of the `wasm-names` profile, in place of the one Trunk's
# hook optimised: a little larger and slower than the served one, the same code.
# Usage: bench/named-build.sh HTML PUBLIC_URL OUT, e.g.
#   bench/named-build.sh activities/index.html /activities/ /tmp/named
# then serve a copy of dist/ with OUT in the bundle's place (`--dist-dir`).
set -euo pipefail
html=${1:?usage: bench/named-build.sh HTML PUBLIC_URL OUT}
public_url=${2:?usage: bench/named-build.sh HTML PUBLIC_URL OUT}
out=${3:?usage: bench/named-build.sh HTML PUBLIC_URL OUT}
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target=${CARGO_TARGET_DIR:-target}
rm -rf "$target"/wasm-bindgen/*/snippets "$out"
trunk build "$html" --dist "$out" --public-url "$public_url" --cargo-profile wasm-names
# The crate Trunk built: the wasm file it wrote is named after it.
glue=$(find "$out" -maxdepth 1 -name '*.js' ! -name 'sw.js' | head -1)
crate=$(basename "$glue" | sed 's/-[0-9a-f]*\.js$//')
named=$(mktemp -d)
trap 'rm -rf "$named"' EXIT
wasm-bindgen "$target/wasm32-unknown-unknown/wasm-names/$crate.wasm" --out-dir "$named" --target web --no-typescript
cp "$named/$crate.js" "$glue"
cp "$named/${crate}_bg.wasm" "${glue%.js}_bg.wasm"
echo "$out: $(basename "$glue") with its wasm's names"
