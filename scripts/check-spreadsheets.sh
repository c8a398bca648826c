#!/usr/bin/env bash
# Opens every output/*.csv in LibreOffice Calc (converted to xlsx, read back with openpyxl) and pandas, and runs a
# planted formula-title corpus through the binary; see check-spreadsheets.py.
#   scripts/check-spreadsheets.sh GOVREPORTS_BINARY [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:?usage: scripts/check-spreadsheets.sh GOVREPORTS_BINARY [OUTPUT_DIR]}
OUT=${2:-output}
VENV=${GOVREPORTS_CHECKS_VENV:-.venv-checks}

if ! command -v soffice >/dev/null 2>&1 && ! command -v libreoffice >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui \
    || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc
fi
SOFFICE=$(command -v soffice || command -v libreoffice)

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || { echo "check-spreadsheets: cannot create $VENV (install python3-venv)" >&2; exit 1; }
fi
"$VENV/bin/python" -c "import pandas, openpyxl" 2>/dev/null \
  || "$VENV/bin/pip" install --quiet --disable-pip-version-check "pandas>=2,<3" "openpyxl>=3.1,<4"

exec "$VENV/bin/python" scripts/check-spreadsheets.py --output "$OUT" --govreports "$BIN" --soffice "$SOFFICE"
