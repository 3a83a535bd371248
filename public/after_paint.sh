#!/usr/bin/env bash
# Trunk post_build hook for the newcomers' bundles: the server sends their pages with
# the content in them (server/src/first_paint), readable before any wasm runs. So the
# wasm and its glue are not preloaded beside the page's styles, and the app is imported
# once the page has painted its content: on a weak connection the styles and the text
# come first, and the app after them. The staff console and the leaders'
# page (`/staff/`, `/club/`) draw everything themselves and keep Trunk's loading.
set -euo pipefail
case "${TRUNK_PUBLIC_URL:-/}" in /staff/ | /club/) exit 0 ;; esac
cd "$TRUNK_STAGING_DIR"
python3 - <<'PY'
import re
page = open("index.html").read()
script = re.search(r"<script type=module>import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);.*?</script>", page, re.S)
if not script:
    raise SystemExit("after_paint.sh: Trunk's loader script is not in index.html as expected")
glue, wasm = script.group(1), script.group(2)
# The app starts when the browser reports the first contentful paint (its presentation,
# which may come a frame after the main thread drew it), or a frame and a task after the
# first one where paint timing is missing.
loader = ("<script type=module>let started=false;const start=async()=>{if(started)return;started=true;"
          f"const bindings=await import('{glue}');"
          f"const wasm=await bindings.default({{module_or_path:'{wasm}'}});"
          "window.wasmBindings=bindings;"
          "dispatchEvent(new CustomEvent('TrunkApplicationStarted',{detail:{wasm}}))};"
          "if(self.PerformanceObserver?.supportedEntryTypes?.includes('paint'))"
          "new PerformanceObserver((list,seen)=>{if(list.getEntriesByName('first-contentful-paint').length){seen.disconnect();start()}})"
          ".observe({type:'paint',buffered:true});"
          "else requestAnimationFrame(()=>setTimeout(start))</script>")
page = page[:script.start()] + loader + page[script.end():]
before = len(page)
# The glue and its snippets (Mine's notices script), and the wasm.
page = re.sub(r"<link[^>]*rel=modulepreload[^>]*>", "", page)
page = re.sub(r"<link[^>]*href=" + re.escape(wasm) + r"[ >][^>]*rel=preload[^>]*>", "", page)
if glue in page.replace(loader, "") or wasm in page.replace(loader, ""):
    raise SystemExit("after_paint.sh: a preload of the app is left in index.html")
open("index.html", "w").write(page)
PY
