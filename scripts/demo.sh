#!/usr/bin/env bash
# The demo portal from a fresh machine: bootstrap the tools, build the package (copied to
# www/pkg/) unless nothing changed since the last build, then serve www/ on 127.0.0.1 (port
# from $1 or $PORT, default 8080; the URL is printed first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/bootstrap.sh

# A content hash, not mtimes: a checkout or a copy that keeps old times still counts as a
# change. The stamp pairs the inputs as they were when the build started (an edit made during
# it counts as a change) with the www/pkg it produced, so a www/pkg another build replaced
# (scripts/test.sh from other sources) is rebuilt too.
fingerprint() {
  find "$@" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
stamp=target/demo-build.stamp
inputs="$(fingerprint src examples pkg-config Cargo.toml Cargo.lock scripts/build-pkg.sh scripts/build-wasm.sh scripts/env.sh)"
if [ -d www/pkg ] && [ "$(cat "$stamp" 2>/dev/null)" = "$inputs $(fingerprint www/pkg)" ]; then
  echo "demo: the package is up to date (www/pkg/)" >&2
else
  bash scripts/build-pkg.sh
  mkdir -p target
  echo "$inputs $(fingerprint www/pkg)" >"$stamp"
fi
exec node scripts/serve.mjs "${1:-${PORT:-8080}}"
