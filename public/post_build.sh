#!/usr/bin/env bash
# Trunk's post_build hook. Trunk runs a stage's hooks at the same time, so the steps
# that must follow each other are one hook: the JS minified, the newcomers' apps loaded
# after the first paint, then the service worker's list of the files as served.
set -euo pipefail
here=$(dirname "$0")
bash "$here/minify.sh"
bash "$here/after_paint.sh"
bash "$here/precache.sh"
