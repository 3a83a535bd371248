#!/usr/bin/env bash
# Trunk post_build hook: minifies the JS this build wrote (wasm-bindgen's glue, its
# snippets and the service worker) with terser (scripts/js/, installed by
# scripts/setup.sh), and puts the new integrity hashes into index.html. Trunk's own
# minifier stops at the glue's `export default` and leaves it as written: about 1.7 KB
# more on every first visit, with brotli.
set -euo pipefail
terser=$PWD/scripts/js/node_modules/.bin/terser
[ -x "$terser" ] || { echo "terser is missing: run scripts/setup.sh" >&2; exit 1; }
cd "$TRUNK_STAGING_DIR"
find . -name '*.js' -type f | while read -r file; do
  old=$(openssl dgst -sha384 -binary "$file" | openssl base64 -A)
  # The service worker is a classic script; everything else is an ES module.
  [ "$(basename "$file")" = sw.js ] && kind=() || kind=(--module)
  "$terser" "$file" "${kind[@]}" --compress passes=2 --mangle --output "$file.min"
  mv "$file.min" "$file"
  new=$(openssl dgst -sha384 -binary "$file" | openssl base64 -A)
  sed -i "s|sha384-$old|sha384-$new|g" index.html
done
