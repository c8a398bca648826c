#!/usr/bin/env python3
"""Writes `govreports stream` input (JSON lines) for the documents under folders, named as `govreports run` names them.

usage: stream-input.py BASE DIR... > input.jsonl

BASE is the folder of the pipeline.json the matching `run` uses: each document's "source" is its path relative to
BASE, so its doc_id equals the one `run` gives it. A file that is valid UTF-8 goes in as "html" or "text" (by its
extension); any other file as "base64" of its bytes. Files are taken as `run` takes a folder: recursively, the
extensions html, htm, shtml and txt, hidden files skipped, in path order.
"""
import base64
import json
import os
import sys

EXTENSIONS = {"html", "htm", "shtml", "txt"}


def documents(base, folder):
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            ext = name.rsplit(".", 1)[-1].lower() if "." in name.strip(".") else ""
            if ext in EXTENSIONS:
                found.append(os.path.join(root, name))
    for path in sorted(found):
        yield os.path.relpath(path, base), path


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    base = os.path.abspath(sys.argv[1])
    out = sys.stdout
    for folder in sys.argv[2:]:
        for source, path in documents(base, os.path.abspath(folder)):
            with open(path, "rb") as f:
                raw = f.read()
            line = {"id": source, "source": source}
            try:
                text = raw.decode("utf-8")
                line["text" if source.lower().endswith(".txt") else "html"] = text
            except UnicodeDecodeError:
                line["base64"] = base64.b64encode(raw).decode("ascii")
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
