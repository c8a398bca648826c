#!/usr/bin/env bash
# Fails when a `swift test` log shows the attachment tests skipped (their converters missing), so CI, which installs
# poppler, MuPDF, antiword and catdoc, cannot pass with those tests quietly not run.
#   scripts/check-test-skips.sh TEST_LOG
# The tests print `attachment-converters-missing: TOOLS` (AttachmentFixtures.skipMarker) on stderr and with every
# skipped test; this looks for that marker.
set -euo pipefail
LOG=${1:?usage: scripts/check-test-skips.sh TEST_LOG}
[ -s "$LOG" ] || { echo "check-test-skips: $LOG is missing or empty" >&2; exit 1; }
if grep -q 'attachment-converters-missing' "$LOG"; then
  echo "check-test-skips: attachment tests were skipped:" >&2
  grep 'attachment-converters-missing' "$LOG" | sort -u | head -5 >&2
  exit 1
fi
skipped=$(grep -cE 'Test .* skipped' "$LOG" || true)
echo "check-test-skips: no attachment test skipped ($skipped other skip line(s) in the log)"
