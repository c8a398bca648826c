#!/usr/bin/env bash
# Runs the libFuzzer targets (clean, extract) for SECONDS each, seeded from samples/ and the test fixtures.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60). Crashes land in Fuzz/crashes/<target>/; turn each into a test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
swift build -c release --sanitize=fuzzer --package-path Fuzz --scratch-path .build-fuzz 2>&1 | tail -3
bin=$(swift build -c release --sanitize=fuzzer --package-path Fuzz --scratch-path .build-fuzz --show-bin-path)
for target in FuzzClean FuzzExtract; do
  corpus=.build-fuzz/corpus/$target
  crashes=Fuzz/crashes/$target
  mkdir -p "$corpus" "$crashes"
  cp samples/*.html samples/*.txt "$corpus"/ 2>/dev/null || true
  cp Tests/GovReportsCoreTests/Resources/hostile/* "$corpus"/ 2>/dev/null || true
  echo "=== $target for ${seconds}s"
  SWIFT_BACKTRACE=enable=no "$bin/$target" "$corpus" -max_total_time="$seconds" -max_len=262144 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | tail -20
done
