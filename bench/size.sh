#!/usr/bin/env bash
# The bytes a first visit downloads, as the server sends them (brotli), from a running
# server. Run after `trunk build`. Usage: bench/size.sh [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://127.0.0.1:8080}
total=0
for path in / $(cd dist && ls *.js *.wasm *.css | sed 's|^|/|') /manifest.webmanifest /icons/icon.svg \
    /api/municipalities "/api/municipalities/granviken/orientation?lang=sv"; do
  bytes=$(curl -s -o /dev/null -H 'accept-encoding: br, gzip' -w '%{size_download}' "$base$path")
  total=$((total + bytes))
  printf '%-60s %8d\n' "$path" "$bytes"
done
printf '%-60s %8d\n' "total (bodies, brotli)" "$total"
printf '%-60s %8d\n' "wasm uncompressed" "$(stat -c%s dist/*.wasm)"
