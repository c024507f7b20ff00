#!/usr/bin/env bash
# Throughput and memory of `maatwerk check` (release build) on a generated batch of support
# plans (scripts/bench-cli-plans.mjs: valid, incomplete, rule-breaking and malformed plans
# derived from the fixtures), with JSON output (`--format ndjson`): forms per second on one
# worker and on every core, per CPU-second, and peak memory (RSS); then a batch four times as
# large on standard input, to show that memory does not grow with the batch.
# Not part of scripts/test.sh. `bash scripts/bench-cli.sh [COUNT]` (default 100000).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
count="${1:-100000}"
dir=target/bench-cli
mkdir -p "$dir"
cargo build --quiet --release --locked -p maatwerk-cli
node scripts/bench-cli-plans.mjs "$count" >"$dir/plans.ndjson"
cli=target/release/maatwerk
args=(check --kind supportPlan --as-of 2026-11-23 --format ndjson)

# Runs the command under /usr/bin/time; prints one table row.
measure() {
  local label="$1" forms="$2" jobs="$3"
  shift 3
  /usr/bin/time -v -o "$dir/time.txt" "$@" >"$dir/out.ndjson" || [ $? -eq 1 ]
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$dir/time.txt")
  user=$(awk -F': ' '/User time/ { print $2 }' "$dir/time.txt")
  sys=$(awk -F': ' '/System time/ { print $2 }' "$dir/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.txt")
  [ "$(wc -l <"$dir/out.ndjson")" -eq "$forms" ] || { echo "expected $forms results" >&2; exit 1; }
  awk -v label="$label" -v forms="$forms" -v jobs="$jobs" -v wall="$wall" -v cpu="$(echo "$user + $sys" | bc)" -v rss="$rss" \
    'BEGIN { printf "| %s | %d | %d | %.2f s | %.0f | %.0f | %.0f | %.1f MB |\n", label, forms, jobs, wall, forms / wall, forms / wall / jobs, forms / cpu, rss / 1024 }'
}

cores=$(nproc)
printf '%s plans (%s of NDJSON), %s cores\n\n' "$count" "$(du -h "$dir/plans.ndjson" | cut -f1)" "$cores"
echo "| run | forms | workers | wall | forms/s | forms/s per worker | forms per CPU-second | peak RSS |"
echo "|---|---|---|---|---|---|---|---|"
measure "file, 1 worker" "$count" 1 "$cli" "${args[@]}" --jobs 1 "$dir/plans.ndjson"
measure "file, every core" "$count" "$cores" "$cli" "${args[@]}" "$dir/plans.ndjson"
measure "4x on stdin, every core" "$((4 * count))" "$cores" \
  bash -c "cat $dir/plans.ndjson $dir/plans.ndjson $dir/plans.ndjson $dir/plans.ndjson | $cli ${args[*]} -"
printf '\nreports written per run of %s plans: %s\n' "$((4 * count))" "$(du -h "$dir/out.ndjson" | cut -f1)"
