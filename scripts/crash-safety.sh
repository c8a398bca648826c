#!/usr/bin/env bash
# Kills `govreports run` with SIGKILL at random moments KILLS times over a generated corpus, re-running each time
# (every other run with --force, so the kill lands in the middle of real work rather than after a finished run;
# every fourth kill waits for export to start and lands inside it).
# After every kill it checks that each file left in the output folder is complete: every *.csv parses with rows
# of the header's width and ends in a newline, every *.jsonl line parses as JSON, every stage artifact and
# run.json parses, and dataset.sqlite and state.sqlite pass SQLite's integrity check. Finally a plain run must
# give datasets identical to an uninterrupted run (files byte for byte, dataset.sqlite by SQL dump).
# Usage: scripts/crash-safety.sh [KILLS] [DOCS]   (default 20 300)
# GOVREPORTS_BIN=path/to/govreports uses that binary (CI passes its debug build); otherwise a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-20}
docs=${2:-300}
if [ -n "${GOVREPORTS_BIN:-}" ]; then
  gov=$GOVREPORTS_BIN
else
  swift build -c release >/dev/null
  gov=$(swift build -c release --show-bin-path)/govreports
fi
[ -x "$gov" ] || { echo "crash-safety: no govreports binary at $gov"; exit 1; }
work=$(mktemp -d /tmp/govreports-crash-XXXX)
trap 'rm -rf "$work"' EXIT
now() { python3 -c 'import time; print(time.time())'; }
began=$(now)

"$gov" bench generate "$docs" "$work/corpus" >/dev/null
run() {  # run OUTPUT [flags…]; exit 0 or 65 (some documents failed) is a finished run
  local out=$1; shift
  "$gov" run --quiet --input "$work/corpus" --output "$out" "$@"
}
t0=$(now)
status=0
run "$work/reference" >/dev/null 2>&1 || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 65 ] || { echo "crash-safety: the uninterrupted run exited $status"; exit 1; }
reference_status=$status
full=$(python3 -c "print(round($(now) - $t0, 2))")
export_s=$(python3 -c "import json; print(json.load(open('$work/reference/run.json'))['stages']['export']['seconds'])")
echo "uninterrupted run: ${full}s (export ${export_s}s), exit $reference_status"

check_outputs() {  # every file a reader could open now must be whole and parseable
  python3 - "$1" <<'PY'
import csv, glob, io, json, os, sqlite3, sys
root = sys.argv[1]
bad = []
for path in sorted(glob.glob(root + "/*.csv")):
    data = open(path, "rb").read()
    if data and not data.endswith(b"\n"):
        bad.append(f"{path}: does not end with a newline (cut off)")
        continue
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    except (UnicodeDecodeError, csv.Error) as e:
        bad.append(f"{path}: {e}")
        continue
    if not rows:
        bad.append(f"{path}: no header")
    elif any(len(r) != len(rows[0]) for r in rows[1:]):
        bad.append(f"{path}: a row is not {len(rows[0])} fields wide")
for path in sorted(glob.glob(root + "/*.jsonl")):
    data = open(path, "rb").read()
    if data and not data.endswith(b"\n"):
        bad.append(f"{path}: does not end with a newline (cut off)")
        continue
    for n, line in enumerate(data.split(b"\n")[:-1], 1):
        try:
            json.loads(line)
        except ValueError as e:
            bad.append(f"{path}:{n}: {e}")
            break
artifacts = glob.glob(root + "/stages/*/*.json") + glob.glob(root + "/*.json")
for path in artifacts:
    try:
        json.load(open(path, "rb"))
    except ValueError as e:
        bad.append(f"{path}: {e}")
for name in ["dataset.sqlite", "state.sqlite"]:
    path = os.path.join(root, name)
    if not os.path.exists(path):
        continue
    try:
        con = sqlite3.connect(path)
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
        if result != "ok":
            bad.append(f"{path}: integrity_check says {result}")
    except sqlite3.Error as e:
        bad.append(f"{path}: {e}")
if bad:
    print("\n".join(bad))
    sys.exit(1)
print(f"{len(glob.glob(root + '/*.csv'))} csv, {len(glob.glob(root + '/*.jsonl'))} jsonl, {len(artifacts)} json files whole")
PY
}

landed=0; in_export=0; csv_checks=0
for i in $(seq 1 "$kills"); do
  # The first run starts from nothing; even runs are forced (everything redone, the datasets last); odd runs
  # resume what the last kill left.
  flags=()
  range="0.02 0.9"
  [ $((i % 2)) -eq 0 ] && flags=(--force) && range="0.02 1.0"
  [ $((i % 2)) -eq 1 ] && [ "$i" -gt 1 ] && range="0.02 0.6"
  # The binary itself in the background (not a shell function, whose subshell would take the SIGKILL instead).
  "$gov" run --quiet --input "$work/corpus" --output "$work/killed" "${flags[@]}" >/dev/null 2>"$work/stderr" &
  pid=$!
  if [ $((i % 4)) -eq 0 ]; then
    # Every fourth kill aims at export: a random moment after its staging folder appears (export is a short tail
    # of a run, so random timing alone seldom lands there).
    # The delay is drawn first: Python's start-up inside the window would let short exports finish.
    delay=$(python3 -c "import random; print(round(random.uniform(0, 0.5 * $export_s), 3))")
    while [ ! -d "$work/killed/.export-$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.005; done
    sleep "$delay"
  else
    sleep "$(python3 -c "import random; lo, hi = $(echo "$range" | tr ' ' ','); print(round(random.uniform(lo * $full + 0.02, hi * $full + 0.05), 2))")"
  fi
  when="after it finished"
  [ -d "$work/killed/.export-$pid" ] && exporting=1 || exporting=0
  kill -9 "$pid" 2>/dev/null && when="mid-run"
  status=0
  wait "$pid" 2>/dev/null || status=$?
  if [ "$when" = "mid-run" ] && [ "$status" -eq 137 ]; then
    landed=$((landed + 1))
    [ "$exporting" -eq 1 ] && when="mid-export" && in_export=$((in_export + 1))
  elif [ "$status" -ne 0 ] && [ "$status" -ne 65 ]; then  # a run that ended on its own must have finished
    echo "kill $i: the run exited $status before the kill:"; tail -5 "$work/stderr"; exit 1
  else
    when="after it finished"
  fi
  summary=$(check_outputs "$work/killed") || { echo "kill $i ($when): $summary"; exit 1; }
  case "$summary" in 0\ csv*) ;; *) csv_checks=$((csv_checks + 1)) ;; esac
  printf 'kill %2d (%s): %s\n' "$i" "$when" "$summary"
  if [ "$i" -eq 1 ]; then
    # Finish that first run, so the later kills find datasets in place that they must not damage.
    status=0
    run "$work/killed" >/dev/null 2>&1 || status=$?
    [ "$status" -eq 0 ] || [ "$status" -eq 65 ] || { echo "crash-safety: resuming after kill 1 exited $status"; exit 1; }
    summary=$(check_outputs "$work/killed") || { echo "after resuming: $summary"; exit 1; }
    printf 'resumed to the end: %s\n' "$summary"
  fi
done

[ "$landed" -gt 0 ] || { echo "crash-safety: no kill landed while a run was working; nothing was tested"; exit 1; }
[ "$kills" -lt 4 ] || [ "$in_export" -gt 0 ] || { echo "crash-safety: no kill landed during export; the dataset swap was not tested"; exit 1; }
[ "$csv_checks" -gt 0 ] || { echo "crash-safety: no check saw a CSV (no run got as far as exporting); nothing was tested"; exit 1; }
status=0
run "$work/killed" >/dev/null 2>&1 || status=$?
[ "$status" -eq "$reference_status" ] || { echo "crash-safety: the resumed run exited $status, the uninterrupted one $reference_status"; exit 1; }
for f in "$work"/reference/*.csv "$work"/reference/*.jsonl; do
  name=$(basename "$f")
  cmp -s "$f" "$work/killed/$name" || { echo "crash-safety: final $name differs from the uninterrupted run"; exit 1; }
done
diff -rq "$work/reference/texts" "$work/killed/texts" >/dev/null || { echo "crash-safety: texts/ differs"; exit 1; }
# Files only the killed folder has are litter a kill left behind (temporary files never renamed into place).
litter=$(comm -13 <(cd "$work/reference" && find . -type f | sort) <(cd "$work/killed" && find . -type f | sort))
[ -z "$litter" ] || { echo "crash-safety: files left behind by kills:"; echo "$litter" | head -20; exit 1; }
python3 - "$work/reference/dataset.sqlite" "$work/killed/dataset.sqlite" <<'PY'
import os, sqlite3, sys
dumps = []
for path in sys.argv[1:]:
    if not os.path.exists(path):
        sys.exit(f"crash-safety: {path} is missing")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dumps.append(list(con.iterdump()))
    con.close()
if dumps[0] != dumps[1]:
    sys.exit("crash-safety: dataset.sqlite differs from the uninterrupted run")
if len(dumps[0]) < 3:
    sys.exit("crash-safety: dataset.sqlite dump is suspiciously empty")
PY
took=$(python3 -c "print(round($(now) - $began))")
echo "crash-safety: $kills SIGKILLs ($landed mid-run, $in_export of them mid-export) over $docs documents in ${took}s;" \
  "$csv_checks checks saw datasets, every intermediate output whole and parseable; final datasets identical"
