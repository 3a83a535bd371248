#!/usr/bin/env bash
# Trunk post_build hook: makes what this build wrote smaller and puts the new integrity
# hashes into index.html.
# - The JS (wasm-bindgen's glue, its snippets and the service worker) is minified with
#   terser (scripts/js/, installed by scripts/setup.sh). Trunk's own minifier stops at
#   the glue's `export default` and leaves it as written: about 1.7 KB more on every
#   first visit, with brotli.
# - The wasm loses its custom sections: the names wasm-bindgen gives its imports, the
#   producers and the target features, which no browser reads (about 0.7 KB).
set -euo pipefail
terser=$PWD/scripts/js/node_modules/.bin/terser
[ -x "$terser" ] || { echo "terser is missing: run scripts/setup.sh" >&2; exit 1; }
cd "$TRUNK_STAGING_DIR"
hash() { openssl dgst -sha384 -binary "$1" | openssl base64 -A; }
find . \( -name '*.js' -o -name '*.wasm' \) -type f | while read -r file; do
  old=$(hash "$file")
  case "$file" in
    *.wasm)
      python3 - "$file" <<'PY'
import sys
path = sys.argv[1]
data = open(path, "rb").read()
def leb(at):
    value = shift = 0
    while True:
        byte = data[at]; at += 1; value |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80:
            return value, at
out, at = bytearray(data[:8]), 8
while at < len(data):
    start = at
    kind = data[at]
    size, body = leb(at + 1)
    at = body + size
    if kind != 0:
        out += data[start:at]
open(path, "wb").write(out)
PY
      ;;
    */sw.js) "$terser" "$file" --compress passes=2 --mangle --output "$file.min" && mv "$file.min" "$file" ;;
    *) "$terser" "$file" --module --compress passes=2 --mangle --output "$file.min" && mv "$file.min" "$file" ;;
  esac
  sed -i "s|sha384-$old|sha384-$(hash "$file")|g" index.html
done
