"""PySpark job of scripts/check-spark.sh: pipes JSON-lines documents through `govreports stream` in N partitions.

usage: python check-spark.py GOVREPORTS CONFIG INPUT.jsonl OUTPUT_DIR PARTITIONS

Runs Spark in local mode (two worker threads: this machine has two cores). Each partition's lines go to one
`govreports stream` process on its stdin (RDD.pipe); its stdout lines become the partition's output, written as
OUTPUT_DIR/part-0000N by saveAsTextFile. Exits non-zero when the partition count or a line count is off.
"""
import json
import sys

from pyspark import SparkConf, SparkContext


def main():
    gov, config, source, out, partitions = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    conf = (SparkConf().setMaster("local[2]").setAppName("govreports-stream-check")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false").set("spark.driver.memory", "1g"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        lines = sc.textFile(source, minPartitions=partitions).coalesce(partitions)
        if lines.getNumPartitions() != partitions:
            sys.exit(f"check-spark: {lines.getNumPartitions()} partitions, wanted {partitions}")
        # The binary reads its config by path; a real cluster ships both with --files (see README).
        records = lines.pipe(f"{gov} stream --quiet --config {config}")
        records.saveAsTextFile(out)
        counts = sc.textFile(out).map(lambda l: json.loads(l)["status"]).countByValue()
        total = lines.count()
        print(f"check-spark: {total} input lines, {partitions} partitions -> {dict(counts)}")
        if sum(counts.values()) != total:
            sys.exit(f"check-spark: {sum(counts.values())} output lines for {total} input lines")
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
