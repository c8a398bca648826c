#!/usr/bin/env bash
# WARC in and out, checked against a standard tool (issue 21): pinned warcio in a venv.
#  (a) warcio writes a WARC over the bundled samples (HTML pages as text/html responses, the .txt samples as
#      text/plain ones, with request records and a warcinfo); govreports reads it as a {"warc": …} source, and its
#      datasets equal those of a run over the same HTML files. doc_id differs by design (a file's comes from its
#      path, a record's from its WARC-Target-URI, as a URL source's does), and so does `source`; the comparison maps
#      every doc_id to the page's file name (the last segment of either) and drops `source`; everything else must
#      be equal, row for row.
#  (b) a run fetching the same pages from a loopback server (127.0.0.1) with fetch.warc: true; warcio check finds
#      every record's digests valid, warcio index lists every record, every response payload is the served page
#      byte for byte, and the archive read back as a WARC source gives the URL run's datasets with its very doc_ids.
#   scripts/check-warc.sh GOVREPORTS_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
GOV=${1:?usage: scripts/check-warc.sh GOVREPORTS_BINARY}
VENV=${GOVREPORTS_WARC_VENV:-.venv-warc}
WARCIO_VERSION=1.8.1

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || { echo "check-warc: cannot create $VENV (install python3-venv)" >&2; exit 1; }
fi
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('warcio') != '$WARCIO_VERSION')" 2>/dev/null; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "warcio==$WARCIO_VERSION"
fi
PY="$VENV/bin/python"
HELPER="$ROOT/scripts/check-warc.py"

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/pages"
cp samples/*.html "$WORK/pages/"
pages=$(ls "$WORK/pages" | wc -l)

echo "(a) warcio $WARCIO_VERSION writes a WARC over the $pages HTML samples (and the .txt ones as text/plain)"
mkdir -p "$WORK/files" "$WORK/warc"
cp samples/*.html "$WORK/files/"
"$PY" "$HELPER" write-samples samples "$WORK/warc/crawl.warc.gz" "http://samples.govreports.test/reports/"
printf '{"version": 1, "sources": ["files"], "output": "out"}\n' >"$WORK/files/../files.json"
printf '{"version": 1, "sources": [{"warc": "crawl.warc.gz"}], "output": "out"}\n' >"$WORK/warc/pipeline.json"
"$GOV" run --quiet --config "$WORK/files.json" --output "$WORK/files-out"
"$GOV" run --quiet --config "$WORK/warc/pipeline.json"
"$PY" "$HELPER" compare "$WORK/files-out" "$WORK/warc/out"
echo "WARC source = files: datasets equal (doc_id mapped to the page's file name, source dropped)"
# The same archive piped through `stream --format warc` and merged by `export --from-stream`: the datasets of the
# WARC source run, byte for byte (both name a page by its WARC-Target-URI).
mkdir -p "$WORK/stream"
"$GOV" stream --quiet --format warc <"$WORK/warc/crawl.warc.gz" >"$WORK/stream/part-00000"
"$GOV" export --quiet --config "$WORK/warc/pipeline.json" --from-stream "$WORK/stream/part-00000" --output "$WORK/stream/out"
for f in "$WORK"/warc/out/*.csv "$WORK"/warc/out/*.jsonl; do
  cmp -s "$f" "$WORK/stream/out/$(basename "$f")" || { echo "check-warc: stream --format warc: $(basename "$f") differs from the WARC source run" >&2; exit 1; }
done
echo "stream --format warc + export --from-stream = WARC source run: every CSV/JSONL dataset byte-identical"

echo "(b) fetch from a loopback server with fetch.warc: true"
"$PY" "$HELPER" serve "$WORK/pages" "$WORK/port" &
SERVER_PID=$!
for _ in $(seq 1 100); do [ -s "$WORK/port" ] && break; sleep 0.1; done
[ -s "$WORK/port" ] || { echo "check-warc: the loopback server did not start" >&2; exit 1; }
PORT=$(cat "$WORK/port")
mkdir -p "$WORK/fetch"
"$PY" - "$WORK/pages" "$PORT" >"$WORK/fetch/pipeline.json" <<'PY'
import json, os, sys
folder, port = sys.argv[1], sys.argv[2]
urls = [{"url": f"http://127.0.0.1:{port}/{name}"} for name in sorted(os.listdir(folder))]
print(json.dumps({"version": 1, "sources": urls, "output": "out",
                  "fetch": {"warc": True, "perHostDelay": 0, "retries": 0, "concurrency": 2}}))
PY
"$GOV" run --quiet --config "$WORK/fetch/pipeline.json"
archives=("$WORK"/fetch/out/archive/*.warc.gz)
[ -e "${archives[0]}" ] || { echo "check-warc: no archive in $WORK/fetch/out/archive/" >&2; exit 1; }
check_log="$WORK/check.log"
if ! "$VENV/bin/warcio" check -v "${archives[@]}" >"$check_log" 2>&1; then
  cat "$check_log"; echo "check-warc: warcio check failed" >&2; exit 1
fi
if grep -qiE 'fail|invalid|error' "$check_log"; then
  cat "$check_log"; echo "check-warc: warcio check reports invalid records" >&2; exit 1
fi
passed=$(grep -c 'digest pass' "$check_log" || true)
"$VENV/bin/warcio" index -f warc-type,warc-target-uri,length,offset "${archives[@]}" >"$WORK/index.jsonl"
records=$(wc -l <"$WORK/index.jsonl")
echo "warcio check: every record valid ($passed digests pass); warcio index: $records records"
"$PY" "$HELPER" verify "$WORK/fetch/out/archive" "$WORK/pages"
kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

# Re-extraction from the archive alone (the site is gone now): same datasets, same doc_ids as the URL run.
mkdir -p "$WORK/replay"
printf '{"version": 1, "sources": [{"warc": "%s/fetch/out/archive/*.warc.gz"}], "output": "out"}\n' "$WORK" >"$WORK/replay/pipeline.json"
"$GOV" run --quiet --config "$WORK/replay/pipeline.json"
"$PY" "$HELPER" compare "$WORK/fetch/out" "$WORK/replay/out"
cut -d, -f1 "$WORK/fetch/out/documents.csv" | sort >"$WORK/ids-fetch"
cut -d, -f1 "$WORK/replay/out/documents.csv" | sort >"$WORK/ids-replay"
cmp -s "$WORK/ids-fetch" "$WORK/ids-replay" || { echo "check-warc: doc_ids of the archive replay differ from the URL run" >&2; exit 1; }
echo "fetch archive replayed as a WARC source: datasets and doc_ids equal the URL run's"
echo "check-warc: all passed"
