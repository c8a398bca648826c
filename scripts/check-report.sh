#!/usr/bin/env bash
# Renders the HTML report of a finished run in headless Chromium (Debian's `chromium`) and checks it (issue 19):
# no request leaves the file, no console errors, every document page reachable from the overview, the highlighted
# quantities equal quantities.csv. Saves screenshots of the overview, the indicators page and one document page.
# First proves that the checker itself catches a page that reaches the network and logs an error.
#
# usage: scripts/check-report.sh GOVREPORTS_BIN OUTPUT_DIR [SCREENSHOT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:?usage: check-report.sh GOVREPORTS_BIN OUTPUT_DIR [SCREENSHOT_DIR]}
OUT=${2:?usage: check-report.sh GOVREPORTS_BIN OUTPUT_DIR [SCREENSHOT_DIR]}
SHOTS=${3:-$OUT/report-screenshots}
# The document page shown in the README: an HTML report with its header and breadcrumb (outside the body) and
# chrome lines struck through, indicators and citations.
DOC_SOURCE=${REPORT_DOC_SOURCE:-samples/shanghai-pudong-info-2023.html}

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# CJK glyphs for the screenshots (the checks themselves do not depend on fonts).
fc-list 2>/dev/null | grep -qi "cjk" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

"$BIN" report --output "$OUT"

# The checker must fail on a page that loads from the network and logs an error (content policy removed, so
# the request is really attempted), and on document pages that no longer strike through the text outside the
# body: otherwise a pass below would mean nothing.
tamper=$(mktemp -d)
trap 'rm -rf "$tamper"' EXIT
for f in documents.csv quantities.csv texts.jsonl stages; do ln -s "$(cd "$OUT" && pwd)/$f" "$tamper/$f"; done
cp -r "$OUT/report" "$tamper/report"
python3 - "$tamper/report/index.html" <<'PY'
import re, sys
from pathlib import Path
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", s)
s = s.replace("</main>", '<img src="http://report-check.invalid/leak.png"><script>console.error("planted")</script></main>')
open(p, "w", encoding="utf-8").write(s)
for page in (Path(p).parent / "documents").glob("*.html"):
    t = page.read_text(encoding="utf-8")
    page.write_text(t.replace("text-decoration:line-through", "text-decoration:none"), encoding="utf-8")
PY
if python3 scripts/check-report.py "$tamper" "$tamper/shots" >"$tamper/log" 2>&1; then
  echo "check-report: the checker passed a page that reaches the network" >&2; exit 1
fi
grep -q "request leaves the file: http://report-check.invalid/leak.png" "$tamper/log" \
  || { cat "$tamper/log" >&2; echo "check-report: the planted request was not caught" >&2; exit 1; }
grep -q "console error: planted" "$tamper/log" \
  || { cat "$tamper/log" >&2; echo "check-report: the planted console error was not caught" >&2; exit 1; }
grep -q "is not struck through" "$tamper/log" \
  || { cat "$tamper/log" >&2; echo "check-report: outside-body text shown without strike-through was not caught" >&2; exit 1; }
echo "check-report: self-test ok (a planted request, a console error and unstruck outside-body text are caught)"

python3 scripts/check-report.py "$OUT" "$SHOTS" --doc-source "$DOC_SOURCE"
