#!/usr/bin/env bash
# Builds the three browser bundles into dist/: the newcomers' orientation app (first:
# Trunk replaces dist/ as a whole), the activity finder under /activities and the staff
# console under /staff.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build
trunk build activities/index.html --dist dist/activities --public-url /activities/
trunk build console/index.html --dist dist/staff --public-url /staff/
