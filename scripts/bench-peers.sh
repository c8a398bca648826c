#!/usr/bin/env bash
# Throughput of govreports next to two main-content extractors, trafilatura and resiliparse, on the same generated
# corpus, each in one process on one core; prints a table, the ratios and a JSON line (see bench-peers.py).
#   scripts/bench-peers.sh [CORPUS_DIR [PAGES]]
# Without CORPUS_DIR, bench-corpus-peers/ is generated afresh with `govreports bench generate PAGES` (default 1000,
# seed 42) on every run, so it always comes from the binary's own generator; a CORPUS_DIR given is generated only
# when it holds no pages. Needs a release build (swift build -c release), python3 with venv, and
# taskset. Environment: GOVREPORTS_BIN (default .build/release/govreports), BENCH_CPU (default 0),
# BENCH_REPEAT (default 1; the fastest of the repeats is reported), BENCH_PAGES (default 1000), GOVREPORTS_PEERS_VENV (default .venv-peers),
# BENCH_PEERS (default trafilatura,trafilatura-fast,resiliparse: the peers measured). `govreports stream` is measured
# too, over the corpus as JSON lines (scripts/stream-input.py).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-bench-corpus-peers}
PAGES=${2:-${BENCH_PAGES:-1000}}
BIN=${GOVREPORTS_BIN:-.build/release/govreports}
CPU=${BENCH_CPU:-0}
REPEAT=${BENCH_REPEAT:-1}
VENV=${GOVREPORTS_PEERS_VENV:-.venv-peers}
TRAFILATURA_VERSION=2.3.1
RESILIPARSE_VERSION=2.0.1

[ -x "$BIN" ] || { echo "bench-peers: $BIN not found; build it first: swift build -c release" >&2; exit 1; }
command -v taskset >/dev/null || { echo "bench-peers: taskset not found (apt-get install util-linux)" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || { echo "bench-peers: cannot create $VENV (install python3-venv)" >&2; exit 1; }
fi
if ! "$VENV/bin/python" - "$TRAFILATURA_VERSION" "$RESILIPARSE_VERSION" 2>/dev/null <<'PY'
import sys
from importlib.metadata import version
import trafilatura, resiliparse.extract.html2text
sys.exit(version("trafilatura") != sys.argv[1] or version("resiliparse") != sys.argv[2])
PY
then
  constraints=$(mktemp)
  # The whole resolved set is pinned, so a later run measures the same code (lxml's version moves trafilatura's speed).
  # lxml_html_clean is listed because jusText (a trafilatura dependency) imports it but pip does not pull it in.
  cat >"$constraints" <<'PINS'
babel==2.18.0
brotli==1.2.1
certifi==2026.10.18
charset-normalizer==3.5.2
click==8.5.1
courlan==1.4.0
dateparser==1.5.0
fastwarc==2.0.1
htmldate==1.11.0
justext==3.0.2
lxml==6.1.3
lxml-html-clean==0.4.6
python-dateutil==4.0.0
pytz==2026.6
regex==2026.11.15
tld==0.13.2
tqdm==4.70.1
typing-extensions==4.16.0
tzdata==2026.6
tzlocal==5.4.5
urllib3==2.8.0
PINS
  # Wheels only: a source build of resiliparse or lxml would take long and measure a different build.
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --only-binary :all: -c "$constraints" \
    "trafilatura==$TRAFILATURA_VERSION" "resiliparse==$RESILIPARSE_VERSION" lxml-html-clean \
    || { rm -f "$constraints"; echo "bench-peers: installing trafilatura $TRAFILATURA_VERSION / resiliparse $RESILIPARSE_VERSION failed" >&2; exit 1; }
  rm -f "$constraints"
fi

if [ -z "${1:-}" ]; then
  rm -rf "$CORPUS"
fi
if ! compgen -G "$CORPUS/*.html" >/dev/null; then
  "$BIN" bench generate "$PAGES" "$CORPUS"
fi

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); $("$VENV/bin/python" --version);" \
  "$(swift --version 2>/dev/null | head -1 || echo 'swift not on PATH')"
echo "govreports: $BIN ($(git rev-parse --short HEAD 2>/dev/null || echo '?')); uptime: $(uptime)"
exec "$VENV/bin/python" scripts/bench-peers.py --corpus "$CORPUS" --govreports "$BIN" --cpu "$CPU" --repeat "$REPEAT"
