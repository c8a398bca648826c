#!/usr/bin/env python3
"""Compares govreports' throughput with two main-content extractors, trafilatura and resiliparse, on one corpus.

Every measurement runs in its own process pinned to one core (taskset -c CPU), over the same files:
  * trafilatura  extract(bytes): main content to plain text (defaults, and once more with fast=True);
  * resiliparse  HTMLTree.parse_from_bytes(bytes, detect_encoding(bytes)), then
                 extract_plain_text(tree, main_content=True);
  * govreports   `bench memory`: clean, normalize and extract over the same pages, timed per stage;
  * govreports   `stream`: the corpus as JSON lines (scripts/stream-input.py, written before the clock starts) piped
                 through `govreports stream` into /dev/null: the whole process, start-up, JSON decoding and encoding
                 included, as a Spark task runs it;
  * govreports   `run --input CORPUS --jobs 1` into a fresh folder: the real command, end to end (fetch from
                 disk, the three stages with their stored artifacts and state, export); its run.json gives the
                 stage seconds;
  * libxml2      `bench parser`: libxml2's SAX parse with no callbacks over the bytes clean hands it (decoded and
                 trimmed beforehand, untimed): not a govreports figure but the floor under clean and stream on this
                 libxml2, printed so that a ratio's ceiling is in view; with the SHA-256 of the raw bytes that
                 every fetch record carries added, the cost of the parts stream must run (`required parts`).
For the peers and `bench memory`, every file is read into memory before the clock starts, and the clock
covers only the loop over the pages (decoding, parsing and extraction); imports and set-up come before it, and
no page is processed twice (no warm-up). MB are 10^6 bytes of HTML input.
Each peer's output is also checked against markers of the generated pages: the body's opening sentence, the
fourth standard part's heading, and chrome (share box, copyright line, related-links list).

Usage: bench-peers.py --corpus DIR --govreports BIN [--cpu 0] [--repeat 1]
       bench-peers.py --worker NAME --corpus DIR     (one measurement; prints one JSON line)
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

# Generated pages (BenchCorpusGenerator) contain these; they say whether the body was kept and the chrome dropped.
BODY_START = "现将有关情况报告如下"
PART_FOUR = "四、下一年度推进法治政府建设的主要安排"
CHROME = ["扫一扫在手机打开当前页", "版权所有", "政务公开事项目录的通知"]


def corpus_files(folder):
    """The corpus pages, in name order (the order govreports reads a folder in does not matter for throughput)."""
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith((".html", ".htm")))


def marker_counts(texts):
    """How many outputs keep the body's start, keep part four, and still contain chrome; total characters."""
    body = part4 = chrome = empty = chars = 0
    for t in texts:
        t = t or ""
        chars += len(t)
        empty += not t.strip()
        body += BODY_START in t
        part4 += PART_FOUR in t
        chrome += any(c in t for c in CHROME)
    return {"body_start": body, "part_four": part4, "chrome": chrome, "empty": empty, "out_chars": chars}


def make_extractor(name):
    """Returns (version, function from page bytes to text) for one peer; imports happen here, off the clock."""
    from importlib.metadata import version
    if name.startswith("trafilatura"):
        import trafilatura
        fast = name == "trafilatura-fast"
        # Bytes go in as they are: trafilatura detects the encoding itself, as it does for a downloaded page.
        return version("trafilatura"), lambda b: trafilatura.extract(b, fast=fast)
    if name == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import detect_encoding
        from resiliparse.parse.html import HTMLTree

        def run(b):
            tree = HTMLTree.parse_from_bytes(b, detect_encoding(b))
            return extract_plain_text(tree, main_content=True)
        return version("resiliparse"), run
    raise SystemExit(f"bench-peers: unknown worker {name}")


def worker(name, corpus):
    """One peer over the whole corpus in this process; prints its figures as one JSON line."""
    ver, extract = make_extractor(name)
    pages = []
    for path in corpus_files(corpus):
        with open(path, "rb") as f:
            pages.append(f.read())
    outputs = []
    failed = 0
    cpu0, t0 = time.process_time(), time.perf_counter()
    for b in pages:
        try:
            outputs.append(extract(b))
        except Exception:  # a peer that raises on a page counts it as failed, as govreports does
            failed += 1
            outputs.append(None)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    print(json.dumps({"name": name, "version": ver, "docs": len(pages), "bytes": sum(map(len, pages)),
                      "seconds": seconds, "cpu_seconds": cpu, "failed": failed, **marker_counts(outputs)}))


def loadavg():
    """The 1-, 5- and 15-minute load averages."""
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def pinned(cpu, argv):
    """Runs argv on one core and returns its stdout; exits with its stderr when it fails."""
    p = subprocess.run(["taskset", "-c", str(cpu)] + argv, capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"bench-peers: {' '.join(argv)} exited {p.returncode}")
    return p.stdout


def measure_peer(name, args):
    """One peer run in a fresh pinned interpreter."""
    load = loadavg()
    out = pinned(args.cpu, [sys.executable, os.path.abspath(__file__), "--worker", name, "--corpus", args.corpus])
    r = json.loads(out.strip().splitlines()[-1])
    r["load"] = [load, loadavg()]
    return r


def measure_inmemory(args):
    """`govreports bench memory`: clean, normalize, extract over pages in memory, per stage."""
    load = loadavg()
    out = pinned(args.cpu, [args.govreports, "bench", "memory", args.corpus])
    m = json.loads(out.strip().splitlines()[-1])
    cpu = m.get("stageCPUSeconds", {})
    return {"docs": m["documents"], "bytes": m["bytes"], "stage_seconds": m["stageSeconds"],
            "seconds": m["wallSeconds"], "stage_cpu_seconds": cpu, "cpu_seconds": sum(cpu.values()),
            "failed": m["failed"], "peak_rss_mib": m["peakRSSMiB"], "load": [load, loadavg()]}


def measure_stream(args, jsonl):
    """`govreports stream < CORPUS.jsonl > /dev/null`, pinned: the whole process's CPU time, and its wall time."""
    load = loadavg()
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(jsonl, "rb") as src, open(os.devnull, "wb") as sink:
        p = subprocess.run(["taskset", "-c", str(args.cpu), args.govreports, "stream", "--quiet"], stdin=src,
                           stdout=sink, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"bench-peers: govreports stream exited {p.returncode}")
    cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
    return {"seconds": wall, "cpu_seconds": cpu, "failed": 0, "load": [load, loadavg()]}


def stream_input(corpus):
    """The corpus as `govreports stream` input, in a temporary file (caller removes it)."""
    fd, path = tempfile.mkstemp(prefix="govreports-peers-", suffix=".jsonl")
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = os.path.abspath(corpus)
    with os.fdopen(fd, "wb") as out:
        subprocess.run([sys.executable, os.path.join(here, "stream-input.py"), os.path.dirname(corpus), corpus],
                       stdout=out, check=True)
    return path


def measure_run(args):
    """`govreports run --input CORPUS --jobs 1` into a fresh folder: wall time, stage seconds, output markers."""
    out_dir = tempfile.mkdtemp(prefix="govreports-peers-")
    try:
        load = loadavg()
        c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        pinned(args.cpu, [args.govreports, "run", "--input", args.corpus, "--output", out_dir, "--jobs", "1", "--quiet"])
        wall = time.perf_counter() - t0
        c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        after = loadavg()
        with open(os.path.join(out_dir, "run.json"), encoding="utf-8") as f:
            report = json.load(f)
        texts = []
        tdir = os.path.join(out_dir, "texts")
        for n in os.listdir(tdir):
            with open(os.path.join(tdir, n), encoding="utf-8") as f:
                texts.append(f.read())
        stages = {k: v["seconds"] for k, v in report["stages"].items()}
        # The whole process's user+system time: every thread, set-up and exit included.
        cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
        return {"docs": report["documents"], "seconds": wall, "cpu_seconds": cpu, "stage_seconds": stages,
                "failed": len(report.get("failures", [])), "load": [load, after], **marker_counts(texts)}
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)


def measure_parser_floor(args):
    """`govreports bench parser`: libxml2's SAX parse with no callbacks over the trimmed bytes clean hands it, the
    floor under clean (and so under stream) on this libxml2; CPU seconds derived from its MB per CPU second."""
    load = loadavg()
    out = pinned(args.cpu, [args.govreports, "bench", "parser", args.corpus])
    m = json.loads(out.strip().splitlines()[-1])
    cpu = m["bytes"] / 1e6 / m["trimmed_sax_mb_per_cpu_s"]
    # SHA-256 of the raw bytes: every fetch record carries it, so stream cannot skip it either.
    sha = m["bytes"] / 1e6 / m["sha256_mb_per_cpu_s"]
    return {"seconds": cpu, "cpu_seconds": cpu, "failed": 0, "load": [load, loadavg()],
            "sax_mb_per_cpu_s": m["sax_mb_per_cpu_s"], "tree_mb_per_cpu_s": m["tree_mb_per_cpu_s"],
            "sha256_cpu_seconds": sha}


def best(runs):
    """The fastest of repeated runs (the one least disturbed by other work on a shared machine)."""
    return min(runs, key=lambda r: r["seconds"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--govreports")
    ap.add_argument("--cpu", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--worker")
    args = ap.parse_args()
    if args.worker:
        return worker(args.worker, args.corpus)
    if not args.govreports:
        ap.error("--govreports BIN is required")

    files = corpus_files(args.corpus)
    total = 0
    gbk = 0
    for path in files:
        with open(path, "rb") as f:
            head = f.read(1024)
        total += os.path.getsize(path)
        gbk += b"charset=gbk" in head.lower() or b'charset="gbk"' in head.lower()
    mb = total / 1e6
    print(f"corpus {args.corpus}: {len(files)} pages, {mb:.1f} MB ({len(files) - gbk} UTF-8, {gbk} GBK); "
          f"one process per measurement on CPU {args.cpu}; best of {args.repeat}", flush=True)

    # BENCH_PEERS (comma-separated) picks peers; by default all three (trafilatura takes the longest by far).
    peers = [p for p in os.environ.get("BENCH_PEERS", "trafilatura,trafilatura-fast,resiliparse").split(",") if p]
    results = {k: [] for k in peers + ["inmemory", "stream", "run", "floor"]}
    jsonl = stream_input(args.corpus)
    for i in range(args.repeat):
        for name in peers:
            results[name].append(measure_peer(name, args))
            print(f"  [{i + 1}/{args.repeat}] {name}: {results[name][-1]['seconds']:.2f} s", flush=True)
        results["inmemory"].append(measure_inmemory(args))
        print(f"  [{i + 1}/{args.repeat}] govreports bench memory: {results['inmemory'][-1]['seconds']:.2f} s", flush=True)
        results["stream"].append(measure_stream(args, jsonl))
        print(f"  [{i + 1}/{args.repeat}] govreports stream: {results['stream'][-1]['seconds']:.2f} s", flush=True)
        results["run"].append(measure_run(args))
        print(f"  [{i + 1}/{args.repeat}] govreports run --jobs 1: {results['run'][-1]['seconds']:.2f} s", flush=True)
        results["floor"].append(measure_parser_floor(args))
        print(f"  [{i + 1}/{args.repeat}] libxml2 SAX floor: {results['floor'][-1]['seconds']:.2f} CPU s", flush=True)

    os.remove(jsonl)
    b = {k: best(v) for k, v in results.items()}
    mem, run, stream, floor = b["inmemory"], b["run"], b["stream"], b["floor"]
    cne = ["clean", "normalize", "extract"]
    # (label, key, wall seconds, CPU seconds or None, the run the figures come from)
    labels = {"trafilatura": ("trafilatura", "extract()"), "trafilatura-fast": ("trafilatura_fast", "extract(fast=True)"),
              "resiliparse": ("resiliparse", "extract_plain_text(main_content=True)")}
    rows = [(f"{name.split('-')[0]} {b[name]['version']} {labels[name][1]}", labels[name][0],
             b[name]["seconds"], b[name]["cpu_seconds"], b[name]) for name in peers]
    rows += [
        ("govreports clean (bench memory)", "govreports_clean_in_memory",
         mem["stage_seconds"]["clean"], mem["stage_cpu_seconds"].get("clean"), mem),
        ("govreports clean+normalize+extract (bench memory)", "govreports_cne_in_memory",
         mem["seconds"], mem["cpu_seconds"], mem),
        ("govreports stream (JSON lines in and out, whole process)", "govreports_stream",
         stream["seconds"], stream["cpu_seconds"], stream),
        ("govreports clean+normalize+extract (run --jobs 1, stage s)", "govreports_cne_run_stages",
         sum(run["stage_seconds"].get(s, 0) for s in cne), None, run),
        ("govreports end to end (run --jobs 1)", "govreports_end_to_end",
         run["seconds"], run["cpu_seconds"], run),
        # Not a govreports figure: what libxml2 alone costs on clean's input, so a ratio's ceiling is in view.
        ("libxml2 SAX, no callbacks, on clean's trimmed input (floor)", "libxml2_sax_floor",
         floor["seconds"], floor["cpu_seconds"], floor),
        # The parts stream must run whatever its own code does: the parse and the raw bytes' SHA-256.
        ("required parts: the floor + SHA-256 of the raw bytes", "required_parts_floor",
         floor["seconds"] + floor["sha256_cpu_seconds"], floor["cpu_seconds"] + floor["sha256_cpu_seconds"], floor),
    ]
    print()
    print(f"{'what':<62} {'wall s':>7} {'MB/s':>6} {'docs/s':>6} {'CPU s':>7} {'MB/CPUs':>7}  {'load 1m':>11}"
          f"  body part4 chrome failed")
    figures = {}
    for label, key, sec, cpu, r in rows:
        mbps, dps = mb / max(sec, 1e-9), len(files) / max(sec, 1e-9)
        figures[key] = {"label": label, "wall_s": sec, "mb_per_s": mbps, "docs_per_s": dps, "cpu_s": cpu,
                        "mb_per_cpu_s": mb / cpu if cpu else None, "load_1m": [r["load"][0][0], r["load"][1][0]]}
        cpu_cols = f"{cpu:>7.2f} {mb / cpu:>7.2f}" if cpu else f"{'–':>7} {'–':>7}"
        marks = f"{r['body_start']:>5} {r['part_four']:>5} {r['chrome']:>6}" if "body_start" in r else " " * 18
        print(f"{label:<62} {sec:>7.2f} {mbps:>6.2f} {dps:>6.1f} {cpu_cols}  {r['load'][0][0]:>5.2f}→{r['load'][1][0]:<5.2f}"
              f" {marks} {r['failed']:>6}")
    print("MB/CPUs: MB of HTML per CPU second (user+system) of the measured work, which other load moves less than "
          "wall time.\nbody / part4: outputs that keep the body's opening sentence / part four's heading; chrome: "
          "outputs that still hold the share box, copyright line or related links (govreports: its texts/).")

    ratios = {}
    for key in ["govreports_cne_in_memory", "govreports_clean_in_memory", "govreports_stream",
                "govreports_cne_run_stages", "govreports_end_to_end", "libxml2_sax_floor", "required_parts_floor"]:
        g = figures[key]
        ratios[key] = {}
        parts = []
        for peer in [labels[name][0] for name in peers]:
            p = figures[peer]
            wall = p["wall_s"] / g["wall_s"]
            cpu = p["cpu_s"] / g["cpu_s"] if g["cpu_s"] else None
            ratios[key][peer] = {"wall": wall, "cpu": cpu}
            parts.append(f"{wall:.2f}× {peer}" + (f" ({cpu:.2f}× by CPU time)" if cpu else ""))
        print(f"{g['label']}: " + ", ".join(parts))
    print("(ratio = govreports MB/s ÷ peer MB/s; > 1 means govreports is faster)")
    print(json.dumps({"corpus": args.corpus, "pages": len(files), "bytes": total, "gbk_pages": gbk, "cpu": args.cpu,
                      "repeat": args.repeat, "figures": figures, "ratios": ratios, "runs": results},
                     ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
