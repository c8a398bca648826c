#!/usr/bin/env python3
"""Helpers for scripts/check-warc.sh (issue 21): warcio writes a WARC over the samples, a loopback server serves
them, and the datasets of two runs are compared with doc_id mapped to the page's file name.

  check-warc.py write-samples SAMPLES_DIR OUT.warc.gz BASE_URI
  check-warc.py serve DIR PORT_FILE           (HTTP on 127.0.0.1, ephemeral port; stops after 10 minutes)
  check-warc.py compare OUT_A OUT_B           (datasets equal but for doc_id and source)
  check-warc.py verify ARCHIVE_DIR SAMPLES_DIR (every response payload is a served page's bytes)
"""
import csv
import glob
import http.server
import io
import json
import os
import sys
import threading

DATASETS = ["documents", "quantities", "sections", "citations", "indicators", "indicator_mentions", "diagnostics"]


def write_samples(samples, out, base):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(out, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(os.path.basename(out), {"software": "warcio (check-warc.py)"}))
        for path in sorted(glob.glob(os.path.join(samples, "*"))):
            name = os.path.basename(path)
            if not (name.endswith(".html") or name.endswith(".txt")):
                continue
            body = open(path, "rb").read()
            # HTML pages as text/html (no charset: the page's own meta decides, as for the file); the .txt samples as
            # text/plain, which the WARC source must skip (HTML pages only).
            ctype = "text/html" if name.endswith(".html") else "text/plain"
            uri = base + name
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                http_headers=StatusAndHeaders("GET /" + name + " HTTP/1.1",
                                                                              [("Host", "samples.govreports.test")],
                                                                              is_http_request=True))
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            response = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_request_response_pair(request, response)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without a log line per request."""

    def log_message(self, *args):
        pass


def serve(folder, port_file):
    handler = lambda *a, **k: QuietHandler(*a, directory=folder, **k)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    # Bounded: the check never leaves a server behind even if its trap does not run.
    threading.Timer(600, server.shutdown).start()
    server.serve_forever()


def key_map(out):
    """doc_id -> the page's file name (the last segment of a path or a URI)."""
    with open(os.path.join(out, "documents.csv"), encoding="utf-8-sig", newline="") as f:
        return {row["doc_id"]: row["source"].rsplit("/", 1)[-1] for row in csv.DictReader(f)}


def table(out, name, keys):
    path = os.path.join(out, name + ".csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        rows = []
        for row in reader:
            row.pop("source", None)
            if "doc_id" in row:
                row["doc_id"] = keys.get(row["doc_id"], "?" + row["doc_id"])
            rows.append(tuple(sorted(row.items())))
        return reader.fieldnames, sorted(rows)


def texts(out, keys):
    rows = []
    with open(os.path.join(out, "texts.jsonl"), encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            row.pop("source", None)
            row["doc_id"] = keys.get(row.get("doc_id"), "?")
            rows.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
    return sorted(rows)


def compare(a, b):
    ka, kb = key_map(a), key_map(b)
    if sorted(ka.values()) != sorted(kb.values()):
        sys.exit(f"compare: different documents:\n  {sorted(ka.values())}\n  {sorted(kb.values())}")
    if len(set(ka.values())) != len(ka):
        sys.exit("compare: two documents share a file name; the doc_id mapping is ambiguous")
    failures = []
    for name in DATASETS:
        (fa, ra), (fb, rb) = table(a, name, ka), table(b, name, kb)
        if fa != fb:
            failures.append(f"{name}: columns differ")
        elif ra != rb:
            only_a = [r for r in ra if r not in rb][:3]
            only_b = [r for r in rb if r not in ra][:3]
            failures.append(f"{name}: {len(ra)} vs {len(rb)} rows; first differences:\n    {only_a}\n    {only_b}")
        else:
            print(f"  {name}: {len(ra)} rows equal")
    if texts(a, ka) != texts(b, kb):
        failures.append("texts.jsonl differs")
    else:
        print(f"  texts.jsonl: {len(ka)} texts equal")
    if failures:
        sys.exit("compare: datasets differ:\n  " + "\n  ".join(failures))


def verify(archive_dir, samples):
    from warcio.archiveiterator import ArchiveIterator

    pages = {os.path.basename(p): open(p, "rb").read() for p in glob.glob(os.path.join(samples, "*.html"))}
    seen, counts = {}, {}
    for path in sorted(glob.glob(os.path.join(archive_dir, "*.warc.gz"))):
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                counts[record.rec_type] = counts.get(record.rec_type, 0) + 1
                if record.rec_type == "response":
                    name = record.rec_headers.get_header("WARC-Target-URI").rsplit("/", 1)[-1]
                    if name in pages:
                        seen[name] = record.content_stream().read()
    missing = sorted(set(pages) - set(seen))
    wrong = sorted(n for n in seen if seen[n] != pages[n])
    print(f"  records by type: {dict(sorted(counts.items()))}")
    if missing or wrong:
        sys.exit(f"verify: pages missing from the archive {missing}, payloads differing from the served bytes {wrong}")
    if counts.get("request", 0) != counts.get("response", 0):
        sys.exit("verify: every response needs its request record")
    print(f"  {len(seen)} served pages archived byte for byte")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"write-samples": write_samples, "serve": serve, "compare": compare, "verify": verify}[command](*args)
