#!/usr/bin/env bash
# libxml2's own HTML parse speed over a corpus, measured by a small C program (scripts/libxml2-baseline.c) with no
# Swift in the process: the cross-check of `govreports bench parser`, which times the same parses from Swift.
#   scripts/libxml2-baseline.sh CORPUS_DIR [REPEAT]
# REPEAT passes (default 1) are made and the fastest reported, per MB of the original HTML. Pages are first converted
# to UTF-8 (those that are not valid UTF-8 are read as GB18030, as the clean stage does) into a temporary folder,
# untimed; the parse is pinned to one core (BENCH_CPU, default 0). Needs gcc, pkg-config, libxml2-dev and taskset.
set -euo pipefail
CORPUS=${1:?usage: scripts/libxml2-baseline.sh CORPUS_DIR [REPEAT]}
REPEAT=${2:-1}
CPU=${BENCH_CPU:-0}
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/libxml2-baseline" "$here/libxml2-baseline.c" $(pkg-config --cflags --libs libxml-2.0)
mkdir "$work/pages"
converted=0
html_bytes=0
for page in "$CORPUS"/*.htm "$CORPUS"/*.html; do
  [ -f "$page" ] || continue
  out="$work/pages/$(basename "$page")"
  html_bytes=$((html_bytes + $(stat -c %s "$page")))
  if ! iconv -f UTF-8 -t UTF-8 "$page" >"$out" 2>/dev/null; then
    iconv -c -f GB18030 -t UTF-8 "$page" >"$out" 2>/dev/null || true
    converted=$((converted + 1))
  fi
done
pages=$(find "$work/pages" -type f | wc -l)
[ "$pages" -gt 0 ] || { echo "libxml2-baseline: no .htm/.html pages in $CORPUS" >&2; exit 1; }
echo "libxml2-baseline: $pages pages ($converted converted from GB18030), CPU $CPU"
# xargs would split a long file list over several runs, each with its own timing: one run, files listed by glob.
taskset -c "$CPU" "$work/libxml2-baseline" "$REPEAT" "$html_bytes" "$work/pages"/*
