#!/usr/bin/env bash
# The demo portal from a fresh machine: bootstrap the tools, build the package (copied to
# www/pkg/), then serve www/ on 127.0.0.1 (port from $1 or $PORT, default 8080; the URL is
# printed first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/bootstrap.sh
bash scripts/build-pkg.sh
exec node scripts/serve.mjs "${1:-${PORT:-8080}}"
