#!/usr/bin/env bash
# Issue 22's end-to-end check: the committed attachment samples (scripts/make-attachment-samples.sh) through the
# CLI as a folder source. Every PDF, DOCX and DOC becomes a document; the scanned PDF fails with pdf-no-text
# (exit 65, the others still written); no running header or page number reaches texts.jsonl.
# Usage: scripts/check-attachments.sh GOVREPORTS_BINARY
set -euo pipefail
GOV=${1:?usage: check-attachments.sh GOVREPORTS_BINARY}
cd "$(dirname "$0")/.."
SAMPLES=Tests/GovReportsCoreTests/Resources/attachments
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
set +e
"$GOV" run --input "$SAMPLES" --output "$out" --quiet
status=$?
set -e
[ "$status" -eq 65 ] || { echo "expected exit 65 (the scanned PDF fails), got $status"; exit 1; }
expected=$(find "$SAMPLES" -maxdepth 1 \( -name '*.pdf' -o -name '*.docx' -o -name '*.doc' -o -name '*.html' \) ! -name scanned.pdf | wc -l)
got=$(wc -l < "$out/documents.jsonl")
[ "$got" -eq "$expected" ] || { echo "expected $expected documents, got $got"; exit 1; }
grep -q "scanned.pdf: pdf-no-text" "$out/run.json" || { echo "no pdf-no-text failure for the scanned PDF in run.json"; exit 1; }
python3 - "$out/texts.jsonl" <<'PY'
import json, re, sys
bad = []
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    for row in doc["text"].split("\n"):
        if re.fullmatch(r"[\s\-—–]*(第\s*\d+\s*页.*|\d{1,4})[\s\-—–]*", row) or re.search(r"年度报告$|政府信息公开年报$", row) and "　" in row:
            bad.append((doc["doc_id"], row))
if bad:
    print("furniture reached texts:", bad[:5])
    sys.exit(1)
PY
echo "attachments: $got documents, scanned PDF refused with pdf-no-text, no furniture in texts"
