#!/usr/bin/env bash
# Issue 20: a full disk stops the run once, clearly. Runs the pipeline with its output on a small file system
# (a tmpfs mounted here when we are root, else `ulimit -f`), fills it, and asserts: exit 74, exactly one error line
# naming a path under the output and "No space left on device" (or "File too large"), no Foundation error codes,
# the last good datasets byte-identical; then frees the space and checks that the next run completes.
# Usage: scripts/check-full-disk.sh GOVREPORTS_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
GOV=${1:?usage: scripts/check-full-disk.sh GOVREPORTS_BINARY}
GOV=$(cd "$(dirname "$GOV")" && pwd)/$(basename "$GOV")
WORK=$(mktemp -d /tmp/govreports-fulldisk.XXXXXX)
MNT="$WORK/small"
mkdir -p "$MNT" "$WORK/project/docs"
mounted=0
cleanup() { if [ "$mounted" = 1 ]; then umount "$MNT" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "check-full-disk: FAIL: $*" >&2; exit 1; }

cp samples/*.html samples/*.txt "$WORK/project/docs/" 2>/dev/null || true
printf '{"version": 1, "sources": ["docs"], "output": "%s/out"}\n' "$MNT" > "$WORK/project/pipeline.json"
datasets="documents.csv quantities.csv sections.csv citations.csv documents.jsonl quantities.jsonl texts.jsonl dataset.sqlite datapackage.json"

if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=16m tmpfs "$MNT" 2>/dev/null; then
  mounted=1
  mode="tmpfs of 16 MiB"
else
  mode="ulimit -f"
fi
echo "output on: $mode ($MNT)"

cd "$WORK/project"
"$GOV" run --quiet || fail "the first run (with space) did not succeed"
(cd "$MNT/out" && sha256sum $datasets) > "$WORK/good.sha256"

# New work for the next run: a copy of a sample under a new name.
first=$(ls docs | head -1)
cp "docs/$first" "docs/zz-new-${first}"
set +e
if [ "$mounted" = 1 ]; then
  # Leave no room at all: fill the file system (dd stops at ENOSPC).
  dd if=/dev/zero of="$MNT/filler" bs=64k 2>/dev/null
  "$GOV" run --quiet 2> "$WORK/err.txt"
  status=$?
  expect="No space left on device"
else
  (ulimit -f 64 && exec "$GOV" run --quiet --force) 2> "$WORK/err.txt"
  status=$?
  expect="File too large"
fi
set -e
cat "$WORK/err.txt"
[ "$status" -eq 74 ] || fail "exit $status, expected 74"
lines=$(grep -c . "$WORK/err.txt" || true)
[ "$lines" -eq 1 ] || fail "$lines lines on stderr, expected exactly one"
grep -q "$expect" "$WORK/err.txt" || fail "the error line does not say \"$expect\""
grep -q "$MNT" "$WORK/err.txt" || fail "the error line does not name a path under $MNT"
if grep -qE 'NSCocoaErrorDomain|Code=' "$WORK/err.txt"; then fail "a Foundation error code reached the user"; fi
(cd "$MNT/out" && sha256sum -c --quiet "$WORK/good.sha256") || fail "the last good datasets changed"

rm -f "$MNT/filler"
"$GOV" run --quiet || fail "the run after freeing space did not complete"
grep -q "zz-new-" "$MNT/out/documents.jsonl" || fail "the run after freeing space did not add the new document"
echo "check-full-disk: ok ($mode: exit 74, one line, datasets unchanged, next run completed)"
