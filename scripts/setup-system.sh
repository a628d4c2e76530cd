#!/usr/bin/env bash
# Installs what npm cannot: Debian's Chromium for the docs browser test (GUIDE §2: Playwright's
# own browser download fails here). Idempotent; a no-op when Chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-system: /usr/bin/chromium is missing; install Debian's chromium package (needs root)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
