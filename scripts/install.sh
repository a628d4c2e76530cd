#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine: Debian's Chromium (scripts/setup-system.sh)
# and the npm packages pinned by package-lock.json.
#
# Why not `npm ci`: the registry reachable here does not serve other platforms' optional binaries
# (@swc/core-darwin-arm64 and the like), so npm writes a lockfile without them and `npm ci` then
# rejects it as out of sync. `npm install` installs the same locked tree; the check below fails
# if it had to change the lockfile, so nothing unpinned slips in.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-system.sh
lock_before=$(sha256sum package-lock.json)
npm install --no-audit --no-fund
if [ "$(sha256sum package-lock.json)" != "$lock_before" ]; then
  echo "install: npm changed package-lock.json; commit the updated lockfile (git diff package-lock.json)." >&2
  exit 1
fi
