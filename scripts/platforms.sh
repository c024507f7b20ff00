#!/usr/bin/env bash
# The e-form platforms and design systems with maatwerk, each by its documented recipe
# (docs/platforms.md), on the packed tarball (target/maatwerk-*.tgz, which scripts/test.sh
# packs): tests/js/platforms, in Chromium under the demo's CSP and in Node. Installs the
# platforms once (again only when their lock file changes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT/tests/js/platforms"
install_with_package

node --test
