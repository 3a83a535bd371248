#!/usr/bin/env bash
# Trunk post_build hook: makes what this build wrote smaller and puts the new integrity
# hashes into index.html.
# - The JS (wasm-bindgen's glue, its snippets and the service worker) is minified with
#   terser (scripts/js/, installed by scripts/setup.sh). Trunk's own minifier stops at
#   the glue's `export default` and leaves it as written: about 1.7 KB more on every
#   first visit, with brotli.
# - The wasm of every bundle but the staff console's is optimised for size by binaryen's
#   wasm-opt (version 132, from npm: scripts/js/; Debian's 108 writes wasm that Chromium
#   refuses), 2 % smaller with brotli, about 5 s a bundle. `-Os` came out smaller with
#   brotli than `-Oz`. The features are the ones rustc enables for wasm32 and every
#   browser we support has; `--low-memory-unused` holds because Rust puts its stack and
#   data above the first 1 KB, `--zero-filled-memory` because the module's own memory
#   starts zeroed. The console (4.5 MB, staff on office connections) is left as built.
# - The wasm loses its custom sections: the names wasm-bindgen gives its imports, the
#   producers and the target features, which no browser reads (about 0.7 KB).
set -euo pipefail
terser=$PWD/scripts/js/node_modules/.bin/terser
wasm_opt=$PWD/scripts/js/node_modules/.bin/wasm-opt
[ -x "$terser" ] && [ -x "$wasm_opt" ] || { echo "terser or wasm-opt is missing: run scripts/setup.sh" >&2; exit 1; }
cd "$TRUNK_STAGING_DIR"
hash() { openssl dgst -sha384 -binary "$1" | openssl base64 -A; }
find . \( -name '*.js' -o -name '*.wasm' \) -type f | while read -r file; do
  old=$(hash "$file")
  case "$file" in
    *.wasm)
      if [ "${TRUNK_PUBLIC_URL:-/}" != /staff/ ]; then
        "$wasm_opt" -Os --low-memory-unused --zero-filled-memory --enable-bulk-memory --enable-multivalue \
          --enable-mutable-globals --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext \
          "$file" -o "$file.opt" </dev/null && mv "$file.opt" "$file"
      fi
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
