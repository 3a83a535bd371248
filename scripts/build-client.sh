#!/usr/bin/env bash
# Builds the browser bundles: the newcomers' orientation app, the activity finder under
# /activities (with the Sportotek, the fritidscheck's balance and the refugee guides as
# bundles of their own), the staff console under /staff and the association leaders'
# light bundle under /club. They are built into a fresh
# folder that replaces dist/ only when all of them succeeded, so a failed build never
# leaves dist/ half made (the server would serve it).
set -euo pipefail
cd "$(dirname "$0")/.."
next=dist.next
rm -rf "$next"
# wasm-bindgen's snippets (Mine's notices script) are left in Trunk's shared output
# folder by an earlier build; a bundle without them must not preload them.
fresh() { rm -rf "${CARGO_TARGET_DIR:-target}"/wasm-bindgen/*/snippets; }
fresh
trunk build --dist "$next"
fresh
trunk build activities/index.html --dist "$next/activities" --public-url /activities/
# The Sportotek: the same crate with only its pages, served under /activities/sportotek.
fresh
trunk build activities/sportotek.html --dist "$next/sportotek" --public-url /sportotek/
# The fritidscheck's balance, where a card's QR code leads: served under /activities/voucher.
fresh
trunk build activities/voucher.html --dist "$next/voucher" --public-url /voucher/
# The refugee guides and the newcomer's bookings with them: served under /activities/guides.
fresh
trunk build activities/guides.html --dist "$next/guides" --public-url /guides/
# "Mine": everything the phone keeps, from every service, and the move to a new phone:
# served under /activities/mine.
fresh
trunk build activities/mine.html --dist "$next/mine" --public-url /mine/
fresh
trunk build console/index.html --dist "$next/staff" --public-url /staff/
# The association leaders' light bundles: the same crate with only their pages, their
# texts fetched in the reader's language. The desk (sign-in and redeem, with the service
# worker of both) under /club/; the office (the association's account and activities)
# under /club/office/, built beside it because Trunk empties the folder it builds into.
fresh
trunk build console/club.html --dist "$next/club" --public-url /club/
fresh
trunk build console/club-office.html --dist "$next/club-office" --public-url /club/office/
mv "$next/club-office" "$next/club/office"
rm -rf dist.old
if [ -d dist ]; then mv dist dist.old; fi
mv "$next" dist
rm -rf dist.old
