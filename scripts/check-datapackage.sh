#!/usr/bin/env bash
# Validates output/datapackage.json (or the folder given) with Frictionless Framework: schema types, primary and
# foreign keys, encodings and the descriptor itself. Exits non-zero on any error.
#   scripts/check-datapackage.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-output}
VENV=${GOVREPORTS_CHECKS_VENV:-.venv-checks}
FRICTIONLESS_VERSION=5.21.0

[ -f "$OUT/datapackage.json" ] || { echo "check-datapackage: $OUT/datapackage.json not found; run 'govreports run' first" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || { echo "check-datapackage: cannot create $VENV (install python3-venv)" >&2; exit 1; }
fi
if ! "$VENV/bin/python" -c "import frictionless, sys; sys.exit(frictionless.__version__ != '$FRICTIONLESS_VERSION')" 2>/dev/null; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "frictionless==$FRICTIONLESS_VERSION"
fi

report=$(mktemp)
trap 'rm -f "$report"' EXIT
# --json gives a machine-readable report; the exit code of frictionless alone is the verdict.
if "$VENV/bin/frictionless" validate --json "$OUT/datapackage.json" >"$report"; then
  status=0
else
  status=$?
fi
"$VENV/bin/python" - "$report" "$status" <<'PY'
import json, sys
path, status = sys.argv[1], int(sys.argv[2])
try:
    report = json.load(open(path, encoding="utf-8"))
except ValueError:
    print(open(path, encoding="utf-8", errors="replace").read())
    print("check-datapackage: frictionless did not produce a JSON report", file=sys.stderr)
    sys.exit(1)
errors = list(report.get("errors", []))
for task in report.get("tasks", []):
    name = task.get("name") or task.get("place") or "?"
    stats = task.get("stats", {})
    print(f"  {name}: {stats.get('rows', '?')} rows, {len(task.get('errors', []))} errors")
    for e in task.get("errors", []):
        errors.append({**e, "resource": name})
for e in errors[:50]:
    where = e.get("resource", "package")
    loc = f" row {e['rowNumber']}" if "rowNumber" in e else ""
    loc += f" field {e['fieldName']}" if "fieldName" in e else ""
    print(f"ERROR {where}{loc}: {e.get('type')}: {e.get('message')}", file=sys.stderr)
if errors or not report.get("valid", False) or status != 0:
    print(f"check-datapackage: FAILED ({len(errors)} errors)", file=sys.stderr)
    sys.exit(1)
print("check-datapackage: datapackage.json is valid")
PY
