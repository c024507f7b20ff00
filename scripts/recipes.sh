#!/usr/bin/env bash
# The package as portals use it, on the packed tarball (target/maatwerk-*.tgz, which
# scripts/test.sh packs): arethetypeswrong and publint, then the recipes of docs/node.md and docs/typescript.md
# (tests/js/recipes: Vite, webpack, esbuild, a module Web Worker, server rendering, Vitest, Node
# ESM and CJS, React Hook Form's Standard Schema resolver), the bundlers' pages built and loaded
# in Chromium under the demo's CSP. Installs the recipes' tools once (again only when their lock file changes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT/tests/js/recipes"
install_with_package
tarball="$(ls "$ROOT"/target/maatwerk-*.tgz)"

# "." and "./node" are for both module systems; "./web" and "./dom" are ES modules for
# browsers and bundlers (Node from 20.19 requires them too), so a `require` reaching ESM is
# expected there and only there.
npx attw "$tarball" --entrypoints . ./node --format ascii
npx attw "$tarball" --entrypoints ./web ./dom --ignore-rules cjs-resolves-to-esm --format ascii
npx publint --strict "$tarball"
tsc -p .
node --test
npx vitest run
