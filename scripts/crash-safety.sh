#!/usr/bin/env bash
# Kills `govreports run` with SIGKILL at random moments KILLS times over a generated corpus, re-running each
# time; checks that every output/*.csv seen between kills is complete and parseable, and that the final
# datasets equal those of an uninterrupted run. Usage: scripts/crash-safety.sh [KILLS] [DOCS] (default 20 300).
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-20}
docs=${2:-300}
swift build -c release >/dev/null
gov=$(swift build -c release --show-bin-path)/govreports
work=$(mktemp -d /tmp/govreports-crash-XXXX)
trap 'rm -rf "$work"' EXIT
"$gov" bench --generate "$docs" "$work/corpus" >/dev/null
"$gov" run --quiet --input "$work/corpus" --output "$work/reference" || true

check_csvs() {  # every CSV present must parse with a header and rows of the header's width
  python3 - "$1" <<'PY'
import csv, glob, sys
bad = []
for path in glob.glob(sys.argv[1] + "/*.csv"):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or any(len(r) != len(rows[0]) for r in rows[1:]):
        bad.append(path)
if bad:
    print("incomplete CSV:", bad); sys.exit(1)
PY
}

for i in $(seq 1 "$kills"); do
  "$gov" run --quiet --input "$work/corpus" --output "$work/killed" >/dev/null 2>&1 &
  pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0.05, 2.0), 2))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check_csvs "$work/killed"
  printf 'kill %2d: outputs parseable\n' "$i"
done
"$gov" run --quiet --input "$work/corpus" --output "$work/killed"
for f in "$work"/reference/*.csv "$work"/reference/*.jsonl; do
  name=$(basename "$f")
  cmp -s "$f" "$work/killed/$name" || { echo "final $name differs from the uninterrupted run"; exit 1; }
done
sqlite3 "$work/reference/dataset.sqlite" .dump > "$work/ref.sql" 2>/dev/null && sqlite3 "$work/killed/dataset.sqlite" .dump > "$work/kill.sql" 2>/dev/null \
  && { cmp -s "$work/ref.sql" "$work/kill.sql" || { echo "dataset.sqlite differs"; exit 1; }; }
echo "crash-safety: $kills SIGKILLs over $docs documents; every intermediate CSV parseable; final datasets identical"
