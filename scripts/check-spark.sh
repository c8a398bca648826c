#!/usr/bin/env bash
# A real engine over `govreports stream` (issue 21): PySpark in local mode pipes 1,000 generated documents through
# `govreports stream` in 4 partitions (RDD.pipe); `govreports export --from-stream` over the job's part-* files must
# write datasets byte-identical to `govreports run` over the same documents. The same identity is then checked
# without Spark, with `stream --shard I/N` as a job array would run it, on samples/ and ../shared/realpages.
#   scripts/check-spark.sh GOVREPORTS_BINARY [DOCUMENTS] [PARTITIONS]
# Needs Python 3 with venv; installs pinned PySpark into .venv-spark/ (GOVREPORTS_SPARK_VENV) and Java from Debian's
# packages when `java` is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
GOV=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DOCS=${2:-1000}
PARTS=${3:-4}
SHARED=${GOVREPORTS_SHARED:-$ROOT/../shared}
VENV=${GOVREPORTS_SPARK_VENV:-.venv-spark}
PYSPARK_VERSION=3.5.7
# datapackage.json records when it was made; one fixed time makes both exports comparable byte for byte.
export SOURCE_DATE_EPOCH=1700000000
# Local mode binds to loopback; saying so spares a warning about the host name.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

if ! command -v java >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || { echo "check-spark: cannot create $VENV (install python3-venv)" >&2; exit 1; }
fi
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Spark's scratch (shuffle, block manager) inside the work folder, so nothing is left in /tmp.
export SPARK_LOCAL_DIRS=$WORK/spark-local

# same_datasets A B: every dataset file `run` writes, byte for byte (state, stage artifacts and run.json are not
# datasets and are not written by export --from-stream).
same_datasets() {
  local a=$1 b=$2 f n=0
  for f in $(cd "$a" && ls ./*.csv ./*.jsonl dataset.sqlite datapackage.json); do
    cmp -s "$a/$f" "$b/$f" || { echo "check-spark: $f differs between $a and $b" >&2; return 1; }
    n=$((n + 1))
  done
  diff -rq "$a/texts" "$b/texts" >/dev/null || { echo "check-spark: texts/ differs" >&2; return 1; }
  [ "$n" -ge 15 ] || { echo "check-spark: only $n dataset files in $a" >&2; return 1; }
  echo "identical: $n dataset files and texts/ ($(ls "$a/texts" | wc -l) documents)"
}

# A corpus folder as `run` sees it: $1/pipeline.json names the folder `corpus` beside it.
project() {
  mkdir -p "$1"
  printf '{"version": 1, "sources": ["corpus"], "output": "run"}\n' >"$1/pipeline.json"
  python3 scripts/stream-input.py "$1" "$1/corpus" >"$1/input.jsonl"
}

echo "--- $DOCS generated documents through PySpark $PYSPARK_VERSION, $PARTS partitions"
P=$WORK/generated
"$GOV" bench --generate "$DOCS" "$P/corpus" >/dev/null
project "$P"
t0=$(date +%s)
"$VENV/bin/python" scripts/check-spark.py "$GOV" "$P/pipeline.json" "$P/input.jsonl" "$P/spark-out" "$PARTS" 2>&1 \
  | grep -v -e 'NativeCodeLoader' -e 'Setting default log level' -e 'To adjust logging level' || true
[ -f "$P/spark-out/_SUCCESS" ] || { echo "check-spark: the Spark job did not finish" >&2; exit 1; }
[ "$(ls "$P/spark-out" | grep -c '^part-')" -eq "$PARTS" ] || { echo "check-spark: expected $PARTS part files" >&2; exit 1; }
t1=$(date +%s)
"$GOV" export --quiet --config "$P/pipeline.json" --from-stream "$P/spark-out" --output "$P/fromstream"
t2=$(date +%s)
"$GOV" run --quiet --config "$P/pipeline.json"
t3=$(date +%s)
same_datasets "$P/run" "$P/fromstream"
echo "seconds: spark job $((t1 - t0)), export --from-stream $((t2 - t1)), run $((t3 - t2))"

# identity_by_shards NAME FOLDER: stream in 2 shards (as a job array would), export, compare with run.
identity_by_shards() {
  local p=$WORK/$1
  mkdir -p "$p"
  cp -r "$2" "$p/corpus"
  project "$p"
  for i in 0 1; do "$GOV" stream --quiet --config "$p/pipeline.json" --shard "$i/2" <"$p/input.jsonl" >"$p/part-$i"; done
  [ "$(cat "$p"/part-* | wc -l)" -eq "$(wc -l <"$p/input.jsonl")" ] || { echo "check-spark: shards lost or doubled lines" >&2; return 1; }
  "$GOV" export --quiet --config "$p/pipeline.json" --from-stream "$p"/part-* --output "$p/fromstream"
  "$GOV" run --quiet --config "$p/pipeline.json"
  same_datasets "$p/run" "$p/fromstream"
}
echo "--- samples/ in 2 shards"
identity_by_shards samples samples
if [ -d "$SHARED/realpages" ]; then
  echo "--- ../shared/realpages in 2 shards"
  identity_by_shards realpages "$SHARED/realpages"
fi
echo "check-spark: export --from-stream equals run"
