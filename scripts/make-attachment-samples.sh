#!/usr/bin/env bash
# Makes the attachment samples of issue 22 from govreports' own sample reports: for each report in REPORTS its
# body as the pipeline reads it from samples/<name>.html becomes a PDF with a CJK CID font (Adobe-GB1, not
# embedded: poppler-data decodes it), a PDF with an embedded TrueType font, a DOCX and a DOC (LibreOffice
# headless); the first also a two-column PDF and, rendered to an image, a scanned PDF; and the disclosure report
# of attachment-sources/disclosure.json becomes a PDF, DOCX and DOC with its tables beside its HTML version.
# Needs: a built govreports (GOV), python3 with reportlab, libreoffice-writer-nogui, fonts-arphic-uming,
# poppler-utils and img2pdf. The outputs are committed (about 0.5 MB) so the tests need none of this.
# Usage: scripts/make-attachment-samples.sh [OUT]   (default Tests/GovReportsCoreTests/Resources/attachments)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-Tests/GovReportsCoreTests/Resources/attachments}
GOV=${GOV:-.build/debug/govreports}
REPORTS="jiangshan-gov-2021 fuzhou-gulou-justice-2023 tongxiang-gov-info-2023"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$OUT"
for r in $REPORTS; do
  "$GOV" run --input "samples/$r.html" --output "$tmp/out-$r" --quiet
done
python3 - "$tmp" $REPORTS > "$tmp/spec.json" <<'PY'
import json, sys
tmp, names = sys.argv[1], sys.argv[2:]
reports = []
for name in names:
    text = json.loads(open(f"{tmp}/out-{name}/texts.jsonl", encoding="utf-8").readline())
    doc = json.loads(open(f"{tmp}/out-{name}/documents.jsonl", encoding="utf-8").readline())
    lines = [l for l in text["text"].split("\n") if l.strip()]
    header = f"{doc.get('agency') or text['title'][:8]}　{doc.get('report_year') or ''}年度报告"
    reports.append({"name": name, "title": text["title"], "header": header, "lines": lines})
disclosure = json.load(open("scripts/attachment-sources/disclosure.json", encoding="utf-8"))
print(json.dumps({"reports": reports, "disclosure": disclosure}, ensure_ascii=False))
PY
python3 scripts/make-attachment-samples.py "$tmp/spec.json" "$OUT"
for f in "$OUT"/*.body.html "$OUT/disclosure.html"; do
  base=$(basename "$f" .html)
  base=${base%.body}
  cp "$f" "$tmp/$base.html"
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/conv" "$tmp/$base.html" >/dev/null 2>&1
  soffice --headless --convert-to 'doc:MS Word 97' --outdir "$tmp/conv" "$tmp/$base.html" >/dev/null 2>&1
  cp "$tmp/conv/$base.docx" "$tmp/conv/$base.doc" "$OUT/"
done
rm -f "$OUT"/*.body.html
first=${REPORTS%% *}
pdftoppm -r 50 -gray -png -f 1 -l 1 "$OUT/$first.cid.pdf" "$tmp/scan"
img2pdf "$tmp"/scan-*.png -o "$OUT/scanned.pdf"
ls -l "$OUT"
