#!/usr/bin/env bash
# The e-form platforms and design systems with maatwerk, each by its documented recipe
# (docs/platforms.md), on the packed tarball (target/maatwerk-*.tgz, which scripts/test.sh
# packs): tests/js/platforms, in Chromium under the demo's CSP and in Node. Installs the
# platforms once (again only when their lock file changes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT/tests/js/platforms"
tarball="$(ls "$ROOT"/target/maatwerk-*.tgz)"

stamp=node_modules/.maatwerk-lock.sha256
if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum package-lock.json)" ]; then
  npm ci --no-audit --no-fund >&2
  sha256sum package-lock.json >"$stamp"
fi
rm -rf node_modules/maatwerk
mkdir node_modules/maatwerk
tar -xzf "$tarball" -C node_modules/maatwerk --strip-components=1

node --test
