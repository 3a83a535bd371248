#!/usr/bin/env bash
# Installs what building and testing Välkommen need and is missing. Idempotent: each
# step checks first. Usage: scripts/setup.sh [--for-tests]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# The tools are built from source, and building them is most of a fresh machine's
# set-up. They run for about a second per bundle, so they are built for building fast:
# no LTO, 16 codegen units, optimised at level 1 (wasm-bindgen then takes 0.55 s on the
# console's 4.5 MB wasm instead of 0.50 s), and without the TLS stacks they use only to
# download what we never let them download (Trunk.toml: offline).
tool_profile=(env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Debian packages that are missing, in one apt-get run (apt takes one lock at a time).
packages=()
command -v npm >/dev/null || packages+=(nodejs npm)
if [ "${1:-}" = "--for-tests" ]; then
  { command -v chromium >/dev/null && command -v chromedriver >/dev/null; } || packages+=(chromium chromium-driver)
  pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || command -v pg_lsclusters >/dev/null || packages+=(postgresql)
fi

# What downloads (Debian packages, npm) runs beside what compiles (the Rust tools): on
# a fresh two-core machine the compiling is most of the set-up, and the downloads then
# cost no time of their own.
downloads() {
  if [ ${#packages[@]} -gt 0 ]; then
    say "installing ${packages[*]} (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  # terser minifies the JS glue and binaryen's wasm-opt the wasm after each Trunk build
  # (public/minify.sh).
  if [ ! -x scripts/js/node_modules/.bin/terser ] || [ ! -x scripts/js/node_modules/.bin/wasm-opt ]; then
    say "installing terser and wasm-opt for the client's JS and wasm"
    (cd scripts/js && npm ci --no-audit --no-fund --silent)
  fi
  if [ "${1:-}" = "--for-tests" ] && [ ! -f tests/node_modules/axe-core/axe.min.js ]; then
    say "installing axe-core for the accessibility scan"
    (cd tests && npm ci --no-audit --no-fund --silent)
  fi
}
downloads "${1:-}" &
downloading=$!

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than this machine's; 0.21.14 works. The two tools build
# at once: each spends its last minute linking on one core.
if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  say "installing Trunk 0.21.14"
  "${tool_profile[@]}" cargo install -q trunk --version 0.21.14 --locked --no-default-features &
  trunk_install=$!
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly; Trunk.toml pins it
# so that Trunk never tries to download one.
wanted=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
grep -q "wasm-bindgen = \"$wanted\"" Trunk.toml || { echo "Trunk.toml pins another wasm-bindgen than Cargo.lock ($wanted)" >&2; exit 1; }
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$wanted" ]; then
  say "installing wasm-bindgen-cli $wanted"
  # --locked builds with the versions wasm-bindgen-cli was released with; when one of
  # those no longer builds on this toolchain, fall back to current compatible ones.
  bindgen=(cargo install -q wasm-bindgen-cli --version "$wanted" --no-default-features --bin wasm-bindgen)
  "${tool_profile[@]}" "${bindgen[@]}" --locked || "${tool_profile[@]}" "${bindgen[@]}"
fi
if [ -n "${trunk_install:-}" ]; then wait "$trunk_install"; fi
wait "$downloading"

if [ "${1:-}" = "--for-tests" ]; then
  # The API tests need PostgreSQL on 127.0.0.1:5432 with trust auth and a database
  # `test`. Start the cluster on that port, whatever its name; make one if there is none.
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    cluster=$(pg_lsclusters --no-header 2>/dev/null | awk '$3 == 5432 { print $1, $2; exit }')
    if [ -z "$cluster" ]; then
      version=$(ls /usr/lib/postgresql | sort -V | tail -1)
      say "creating a PostgreSQL $version cluster on port 5432"
      pg_createcluster "$version" valkommen --port 5432 -- --auth-host=trust --auth-local=trust >/dev/null
      cluster="$version valkommen"
    fi
    say "starting PostgreSQL ($cluster)"
    # shellcheck disable=SC2086 # version and name, two words
    pg_ctlcluster --skip-systemctl-redirect $cluster start
    for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  if ! psql -h 127.0.0.1 -U postgres -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
    say "creating the database test"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE test"
  fi
fi
