#!/usr/bin/env bash
# The main thread's long tasks while a page loads and the app takes it over, on a
# phone-sized headless Chromium with its CPU really slowed (bench/tasks.mjs). Lighthouse's
# 10x figure is a simulation that multiplies one unslowed trace; this shows the tasks
# themselves, run after run, and how much of each was V8 compiling the wasm's functions
# the first time they ran. Usage: bench/tasks.sh URL [SLOWDOWN=10] [RUNS=3] [OVER=50 ms],
# against a running app (scripts/run.sh, or target/server/server on demo data).
# FUNCTIONS=N also samples the scripts and names the N functions each task spent most of
# its own time in: serve a bundle built with the wasm's names for that (see README,
# "Where the app's start goes").
set -euo pipefail
url=${1:?usage: bench/tasks.sh URL [SLOWDOWN] [RUNS] [OVER]}
here=$(cd "$(dirname "$0")" && pwd)
# puppeteer-core comes with the Lighthouse that ../shared/tools/lighthouse installs.
modules=$HOME/.cache/valkommen-lighthouse/node_modules
if [ ! -d "$modules/puppeteer-core" ]; then
  mkdir -p "$(dirname "$modules")"
  (cd "$(dirname "$modules")" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent lighthouse@13 >/dev/null)
fi
command -v chromium >/dev/null || { echo "chromium is missing: run scripts/setup.sh --for-tests" >&2; exit 1; }
# Run from beside those modules, where the script's imports resolve.
cd "$(dirname "$modules")"
CHROME_PATH=$(command -v chromium) node --input-type=module - "$url" "${2:-10}" "${3:-3}" "${4:-50}" < "$here/tasks.mjs"
