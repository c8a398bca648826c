#!/usr/bin/env bash
# Quality gate for the disclosure panel (issue 18): scores the disclosure-table cells of the bundled samples against
# samples/expected.jsonl (cells right/wrong/missing/spurious, template version, expected check diagnostics) and
# fails below the floor.
#   scripts/check-disclosure.sh GOVREPORTS_BINARY [FLOOR]
# FLOOR is the least share of expected cells right (CI: 1.0, every cell; 789/789 with clean's TableGrids).
set -euo pipefail
cd "$(dirname "$0")/.."
GOV=${1:?usage: scripts/check-disclosure.sh GOVREPORTS_BINARY [FLOOR]}
FLOOR=${2:-1.0}
"$GOV" eval samples --min-disclosure-cells "$FLOOR" | grep -E "^disclosure-|^    disclosure:|^overall disclosure"
