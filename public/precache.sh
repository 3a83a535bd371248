#!/usr/bin/env bash
# Trunk post_build hook: writes the list of files this build produced into the service
# worker, with a version derived from their contents, so every build that changes
# anything installs a new worker and drops the old cache.
set -euo pipefail
cd "$TRUNK_STAGING_DIR"
# The staff console and the finder's bundles are built by Trunk too, and have no service
# worker of their own; the association leaders' bundle (`/club/`) has one, and its files
# are listed under its public URL.
[ -f sw.js ] || exit 0
base=${TRUNK_PUBLIC_URL:-/}
files=$(find . -type f ! -name sw.js ! -name '*.map' | sed "s|^\./|$base|" | sort)
# The shell itself (`/index.html`), not `/`: the server fills `/` with the start page
# in the reader's language, and the worker answers every offline route with the shell.
list=$(printf '%s\n' $files | sed 's/.*/"&"/' | paste -sd, -)
version=$(cat $(find . -type f ! -name sw.js | sort) | sha256sum | cut -c1-16)
sed -i -e "s|\"__PRECACHE__\"|$list|" -e "s|__VERSION__|$version|" sw.js
# Every page downloads the worker: its whole-line comments stay in public/sw.js only.
sed -i -e '/^[[:space:]]*\/\/ /d' -e '/^[[:space:]]*\/\/$/d' sw.js
