#!/usr/bin/env python3
"""Checks the offline HTML report in headless Chromium (issue 19), with nothing but the standard library.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands on fd 3, replies on
fd 4, NUL-separated JSON), with every network route dead (a proxy on a closed port, every host name unresolvable).
For the overview and every document page it links, the check fails when:
  - any request leaves the file (a URL that is not file:, data: or about:), or a file the page asks for is missing;
  - the page logs a console error or warning, throws, or holds a <script>;
  - a document of documents.csv has no link from the overview, or a link points to a missing file;
  - an in-page link (#…) has no target;
  - the highlighted quantities differ from the document's rows in quantities.csv (mention, text, value, unit,
    indicator, char_start, char_end), or a highlight's position in the page's text (Unicode scalars, struck-through
    chrome and badges left out) differs from its char_start, or that text differs from texts.jsonl;
  - the page text clean left outside the body (the normalize record's `outside` blocks: header, navigation,
    footers) is not shown struck through, in order, each block where it stood (before the first line of the text,
    before the line a block between body roots names, after the last line); and no page of the run shows any.
It saves a screenshot of the overview and of one document page.

usage: check-report.py OUTPUT_DIR SCREENSHOT_DIR [--doc-source SOURCE]
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import base64
from pathlib import Path
from urllib.parse import urlparse, unquote

TIMEOUT = 60.0
VIEWPORT = (1280, 900)


class Chromium:
    """A headless Chromium with a DevTools session on one page target."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="govreports-chromium-")
        cmd_r, self.cmd_w = os.pipe()
        self.res_r, res_w = os.pipe()

        def wire():
            a, b = os.dup(cmd_r), os.dup(res_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        binary = os.environ.get("CHROMIUM", "chromium")
        args = [binary, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-features=Translate,MediaRouter,OptimizationHints",
                # Offline: every route out is dead, so a request that slipped through still cannot succeed.
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--allow-file-access-from-files", f"--user-data-dir={self.profile}",
                f"--window-size={VIEWPORT[0]},{VIEWPORT[1]}", "about:blank"]
        self.proc = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.profile, "stderr.log"), "wb"))
        os.close(cmd_r)
        os.close(res_w)
        self.next_id = 0
        self.replies = {}
        self.events = []
        self.cv = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for method in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            self.call(method, session=True)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": VIEWPORT[0], "height": VIEWPORT[1], "deviceScaleFactor": 1, "mobile": False}, session=True)

    def _read(self):
        buf = b""
        while True:
            chunk = os.read(self.res_r, 1 << 16)
            if not chunk:
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self.cv:
                    if "id" in msg:
                        self.replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self.cv.notify_all()

    def call(self, method, params=None, session=False):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self.session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + TIMEOUT
        with self.cv:
            while self.next_id not in self.replies:
                if not self.cv.wait(timeout=deadline - time.time()):
                    raise SystemExit(f"check-report: no reply to {method} within {TIMEOUT} s")
            reply = self.replies.pop(self.next_id)
        if "error" in reply:
            raise SystemExit(f"check-report: {method} failed: {reply['error']}")
        return reply.get("result", {})

    def navigate(self, url):
        """Loads a page and returns the events it caused (requests, console, log)."""
        with self.cv:
            start = len(self.events)
        self.call("Page.navigate", {"url": url}, session=True)
        deadline = time.time() + TIMEOUT
        with self.cv:
            while not any(e.get("method") == "Page.loadEventFired" for e in self.events[start:]):
                if not self.cv.wait(timeout=deadline - time.time()):
                    raise SystemExit(f"check-report: {url} did not finish loading within {TIMEOUT} s")
        time.sleep(0.3)  # late console messages and subresource requests
        with self.cv:
            return self.events[start:]

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise SystemExit(f"check-report: script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path, max_height):
        metrics = self.call("Page.getLayoutMetrics", session=True)
        height = min(int(metrics["cssContentSize"]["height"]), max_height)
        shot = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": 0, "y": 0, "width": VIEWPORT[0], "height": height,
                                                             "scale": 1}}, session=True)
        Path(path).write_bytes(base64.b64decode(shot["data"]))

    def close(self):
        try:
            self.call("Browser.close")
        except SystemExit:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def page_problems(url, events):
    """Requests that leave the file, missing files, console errors and exceptions among a page's events."""
    problems = []
    for e in events:
        method, p = e.get("method"), e.get("params", {})
        if method == "Network.requestWillBeSent":
            scheme = urlparse(p["request"]["url"]).scheme
            if scheme not in ("file", "data", "about"):
                problems.append(f"request leaves the file: {p['request']['url']}")
        elif method == "Network.loadingFailed" and not p.get("canceled"):
            problems.append(f"failed load: {p.get('errorText')} ({p.get('type')})")
        elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
            problems.append("console " + p["type"] + ": " + " ".join(str(a.get("value", a.get("description")))
                                                                      for a in p.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            problems.append(f"exception: {p['exceptionDetails'].get('text')}")
        elif method == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
            problems.append(f"log {p['entry']['level']}: {p['entry'].get('text')} {p['entry'].get('url', '')}")
    return [f"{url}: {m}" for m in problems]


# Everything the page holds for the checks, gathered in one evaluation.
PAGE_FACTS = r"""
(() => {
  const links = Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'));
  const anchors = links.filter(h => h.startsWith('#')).filter(h => !document.getElementById(h.slice(1)));
  const box = document.getElementById('text');
  let text = null, marks = [], outside = [];
  if (box) {
    // The text as the datasets hold it: every text node under #text except struck-through chrome and badges.
    let offset = 0, parts = [];
    const walk = (node, mark) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const s = node.nodeValue; parts.push(s);
        const n = Array.from(s).length;
        if (mark) mark.length += n;
        offset += n; return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.classList.contains('outside-body')) {
        const dels = Array.from(node.querySelectorAll('del'));
        outside.push({place: node.dataset.place, rule: node.dataset.rule, at: offset,
                      lines: dels.map(d => d.textContent),
                      struck: dels.every(d => getComputedStyle(d).textDecorationLine.includes('line-through'))});
      }
      if (node.classList.contains('aux')) return;
      let m = mark;
      if (node.classList.contains('q')) {
        m = {mention: +node.dataset.mention, start: +node.dataset.start, end: +node.dataset.end,
             value: node.dataset.value, unit: node.dataset.unit, indicator: node.dataset.indicator,
             text: node.textContent, at: offset, length: 0, target: node.getAttribute('href')};
        marks.push(m);
      }
      for (const c of node.childNodes) walk(c, m);
    };
    walk(box, null);
    text = parts.join('');
  }
  return {links, brokenAnchors: anchors, scripts: document.scripts.length, text, marks, outside,
          title: document.title};
})()
"""


def outside_problems(name, record_path, shown, text):
    """Compares the outside-body blocks a page shows with its normalize record: same blocks in order, every line
    struck through, each at its place in the text (scalar offsets). Returns (blocks checked, problems)."""
    try:
        with open(record_path, encoding="utf-8") as f:
            blocks = json.load(f).get("outside", {}).get("blocks", [])
    except OSError as e:
        return 0, [f"{name}: normalize record unreadable: {e}"]
    want = [(b["place"], b["rule"], b["lines"]) for b in blocks]
    got = [(b["place"], b["rule"], b["lines"]) for b in shown]
    if want != got:
        return 0, [f"{name}: outside-body blocks shown {got[:3]}… differ from the record's {want[:3]}…"]
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    problems = []
    for b, s in zip(blocks, shown):
        if not s["struck"]:
            problems.append(f"{name}: outside-body block {b['rule']} is not struck through")
        if b["place"] == "before":
            at = 0
        elif b["place"] == "after" or b.get("beforeLine", len(lines)) >= len(lines):
            at = len(text)
        else:
            at = starts[b["beforeLine"]]
        if s["at"] != at:
            problems.append(f"{name}: outside-body block {b['rule']} ({b['place']}) stands at scalar {s['at']}, not {at}")
    return len(blocks), problems


def main():
    args = sys.argv[1:]
    doc_source = None
    if "--doc-source" in args:
        i = args.index("--doc-source")
        doc_source = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        raise SystemExit(__doc__)
    output, shots = Path(args[0]).resolve(), Path(args[1]).resolve()
    report = output / "report"
    shots.mkdir(parents=True, exist_ok=True)
    with open(output / "documents.csv", encoding="utf-8-sig", newline="") as f:
        documents = list(csv.DictReader(f))
    quantities = {}
    with open(output / "quantities.csv", encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            quantities.setdefault(row["doc_id"], []).append(row)
    texts = {}
    with open(output / "texts.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts[r["doc_id"]] = r["text"]

    problems = []
    browser = Chromium()
    try:
        index = report / "index.html"
        for extra in ("index.html", "indicators.html"):
            url = (report / extra).as_uri()
            events = browser.navigate(url)
            problems += page_problems(extra, events)
            facts = browser.evaluate(PAGE_FACTS)
            if facts["scripts"]:
                problems.append(f"{extra}: holds {facts['scripts']} <script> element(s)")
            problems += [f"{extra}: in-page link {a} has no target" for a in facts["brokenAnchors"]]
            if extra == "index.html":
                browser.screenshot(shots / "report-overview.png", 1500)
                overview_links = facts["links"]
            else:
                browser.screenshot(shots / "report-indicators.png", 1100)
        linked = {}
        for href in overview_links:
            path = unquote(href.split("#", 1)[0])
            if not path:
                continue
            target = (report / path).resolve()
            if not target.exists():
                problems.append(f"index.html: link {href} points to a missing file")
            if path.startswith("documents/"):
                linked[Path(path).stem] = target
        for d in documents:
            if d["doc_id"] not in linked:
                problems.append(f"index.html: no link to the page of {d['doc_id']} ({d['source']})")
        shot_doc = None
        if doc_source:
            shot_doc = next((d["doc_id"] for d in documents if d["source"] == doc_source), None)
            if shot_doc is None:
                problems.append(f"--doc-source {doc_source} is not in documents.csv")
        checked = 0
        outside_shown = 0
        for d in documents:
            doc_id = d["doc_id"]
            if doc_id not in linked:
                continue
            name = f"documents/{doc_id}.html"
            events = browser.navigate(linked[doc_id].as_uri())
            problems += page_problems(name, events)
            facts = browser.evaluate(PAGE_FACTS)
            if facts["scripts"]:
                problems.append(f"{name}: holds {facts['scripts']} <script> element(s)")
            problems += [f"{name}: in-page link {a} has no target" for a in facts["brokenAnchors"]]
            for href in facts["links"]:
                path = unquote(href.split("#", 1)[0])
                if path and not (linked[doc_id].parent / path).resolve().exists():
                    problems.append(f"{name}: link {href} points to a missing file")
            if facts["text"] is None:
                problems.append(f"{name}: no #text element")
                continue
            if facts["text"] != texts.get(doc_id):
                problems.append(f"{name}: the page's text differs from texts.jsonl")
            rows = {int(r["mention"]): r for r in quantities.get(doc_id, [])}
            marks = {m["mention"]: m for m in facts["marks"]}
            if set(rows) != set(marks):
                problems.append(f"{name}: highlighted mentions {sorted(set(marks) - set(rows))} are not rows, rows "
                                f"{sorted(set(rows) - set(marks))} are not highlighted")
            for mention in sorted(set(rows) & set(marks)):
                r, m = rows[mention], marks[mention]
                # quantities.csv neutralizes text cells that a spreadsheet would run as a formula ('-1.8%).
                text = r["text"][1:] if r["text"][:1] == "'" and r["text"][1:2] in ("=", "+", "-", "@", "\t", "\r") \
                    else r["text"]
                want = (int(r["char_start"]), int(r["char_end"]), text, float(r["value"]), r["unit"], r["indicator"])
                got = (m["start"], m["end"], m["text"], float(m["value"]), m["unit"], m["indicator"])
                if want != got:
                    problems.append(f"{name}: mention {mention}: row {want} but highlight {got}")
                if m["at"] != int(r["char_start"]) or m["length"] != int(r["char_end"]) - int(r["char_start"]):
                    problems.append(f"{name}: mention {mention} stands at scalar {m['at']} (+{m['length']}) in the "
                                    f"page's text, not at char_start {r['char_start']}–{r['char_end']}")
                if m["target"] != f"#row-q{mention}":
                    problems.append(f"{name}: mention {mention} links to {m['target']}, not its row")
            shown, problem = outside_problems(name, output / "stages" / "normalize" / f"{doc_id}.json",
                                              facts["outside"], facts["text"])
            problems += problem
            outside_shown += shown
            checked += 1
            if shot_doc is None:
                shot_doc = doc_id
            if doc_id == shot_doc:
                browser.screenshot(shots / "report-document.png", 1300)
        if checked and not outside_shown:
            problems.append("no document page shows text from outside the body struck through")
        print(f"check-report: {len(documents)} documents, {checked} pages checked, "
              f"{sum(len(v) for v in quantities.values())} quantity rows compared, {outside_shown} outside-body "
              f"block(s) in place; screenshots in {shots}")
    finally:
        browser.close()
    if problems:
        for p in problems[:200]:
            print("check-report: " + p, file=sys.stderr)
        raise SystemExit(f"check-report: {len(problems)} problem(s)")
    print("check-report: offline, no console errors, every page reachable, highlights equal quantities.csv")


if __name__ == "__main__":
    main()
