#!/usr/bin/env bash
# What a release needs, checked on every run of the test command (after scripts/build-pkg.sh
# has built pkg/): the changelog keeps up with the verdicts, the public API is the reviewed
# one, both crates package and build from what they would ship, and the npm package would
# publish without a warning. docs/versioning.md says why each matters.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

echo "-- changelog: the check's own tests, then the check" >&2
node --test tests/release/
node scripts/changelog.mjs

echo "-- public API: Rust crate and npm declarations against tests/snapshots/" >&2
bash scripts/api.sh --no-build

echo "-- cargo package (both crates, built from the packaged sources)" >&2
# --allow-dirty: a developer runs the test command on uncommitted work; CI's clone is clean.
# --offline: the earlier stages fetched every dependency, so no registry is asked; the
# verification builds in target/debug, where the tests already built them.
cargo package --workspace --locked --allow-dirty --offline 2>target/cargo-package.log ||
  { cat target/cargo-package.log >&2; exit 1; }
if grep -i '^warning' target/cargo-package.log >&2; then
  echo "cargo package: warnings (above); the crates' metadata or contents need a fix" >&2
  exit 1
fi

echo "-- npm publish --dry-run (pkg/)" >&2
# --offline: a dry run needs no registry (and so does not ask whether the version is taken).
(cd pkg && npm publish --dry-run --offline) >target/npm-publish.log 2>&1 ||
  { cat target/npm-publish.log >&2; exit 1; }
# npm says what it would correct or drop in package.json as warnings, and still succeeds. The
# one warning kept is that nobody is logged in to the registry, which a dry run does not need.
if grep -i 'npm warn' target/npm-publish.log | grep -v 'requires you to be logged in' >&2; then
  echo "npm publish --dry-run: warnings (above); pkg-config/package.template.json needs a fix" >&2
  exit 1
fi
grep -E 'npm notice (name|version|package size|unpacked size|total files):' target/npm-publish.log >&2
