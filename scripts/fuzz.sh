#!/usr/bin/env bash
# Runs the libFuzzer targets (clean, extract) one after the other for SECONDS each, seeded from samples/ and the
# test fixtures. Usage: scripts/fuzz.sh [SECONDS]   (default 60). Crashes land in Fuzz/crashes/<target>/; turn
# each into a fixture and a test. A crashing target does not stop the next one; the exit status is non-zero if
# any target crashed. Each target's full log is .build-fuzz/<target>.log (final stats and cov/ft at its end).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
swift build -c release --sanitize=fuzzer --package-path Fuzz --scratch-path .build-fuzz 2>&1 | tail -3
bin=$(swift build -c release --sanitize=fuzzer --package-path Fuzz --scratch-path .build-fuzz --show-bin-path)
failed=()
for target in FuzzClean FuzzExtract; do
  corpus=.build-fuzz/corpus/$target
  crashes=Fuzz/crashes/$target
  mkdir -p "$corpus" "$crashes"
  cp samples/*.html samples/*.txt "$corpus"/ 2>/dev/null || true
  cp Tests/GovReportsCoreTests/Resources/hostile/* "$corpus"/ 2>/dev/null || true
  echo "=== $target for ${seconds}s"
  status=0
  SWIFT_BACKTRACE=enable=no "$bin/$target" "$corpus" -max_total_time="$seconds" -max_len=262144 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 > ".build-fuzz/$target.log" 2>&1 || status=$?
  grep -E '^#[0-9]+' ".build-fuzz/$target.log" | tail -1
  grep -E '^stat::|^artifact_prefix|^SUMMARY' ".build-fuzz/$target.log" || true
  [ "$status" -eq 0 ] || { echo "$target exited $status; see .build-fuzz/$target.log"; failed+=("$target"); }
done
[ ${#failed[@]} -eq 0 ] || { echo "crashed: ${failed[*]}"; exit 1; }
