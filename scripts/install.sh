#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine: Debian's Chromium (scripts/setup-system.sh)
# and exactly the npm packages package-lock.json pins.
#
# Why `npm ci`: it installs the lockfile as written and refuses one that does not match package.json,
# and it never rewrites it, so a clean clone gets the tree CI tested. An earlier version ran
# `npm install` and failed when npm added to the lockfile the optional platform binaries
# (@swc/core-*, @rollup/rollup-*, @unrs/resolver-binding-*) it had once been written without;
# scripts/check-lockfile.mjs now refuses such a lockfile before npm sees it, on any platform.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-system.sh
node scripts/check-lockfile.mjs
npm ci --no-audit --no-fund
