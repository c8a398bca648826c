#!/usr/bin/env python3
"""Checks that the CSV datasets open cleanly in real tools: LibreOffice Calc (CSV -> xlsx, read back with
openpyxl) and pandas.

For every <table>.csv of an output folder that datapackage.json describes:
  * Chinese text survives: every string cell equals the value Python's csv module reads (utf-8-sig);
  * integer/number columns (per datapackage.json) are numeric cells in Calc and numeric dtypes in pandas;
  * the row count equals the line count of <table>.jsonl;
  * no cell is a formula.
A second, planted corpus (one report titled =HYPERLINK("http://x","y")) is run through the binary given with
--govreports, and its documents.csv title must arrive in Calc as text, not as a formula.

Usage: check-spreadsheets.py [--output DIR] [--govreports BIN] [--soffice PATH]
Exits 1 with one line per failure.
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

PLANTED_TITLE = '=HYPERLINK("http://x","y")'
# Import as UTF-8 (76), comma-separated (44), quote-delimited (34) from line 1, US English number parsing (1033),
# quoted fields not forced to text, special numbers detected.
CSV_FILTER = "Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true"
# An HTML page, so the title comes from <title> (a text file's first line with a comma is not taken as a title).
PLANTED_REPORT = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="article">
<h1>{title}</h1>
<p>一、主要举措和成效</p>
<p>2023年,本单位主动公开政府信息120条,召开新闻发布会3场,开展普法宣传活动15场,发放宣传资料2000余份。</p>
<p>全年收到行政复议申请8件,受理7件;办理行政诉讼案件4件。群众满意度达到97.5%。</p>
</div></body></html>
""".format(title=PLANTED_TITLE.replace('"', "&quot;"))

failures = []


def fail(message):
    failures.append(message)
    print("FAIL " + message, file=sys.stderr)


def resources(output):
    """Table name -> list of (field name, type) from datapackage.json."""
    with open(os.path.join(output, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    out = {}
    for r in package.get("resources", []):
        path = r.get("path", "")
        if isinstance(path, str) and path.endswith(".csv"):
            out[path[:-4]] = [(fd["name"], fd.get("type", "string")) for fd in r.get("schema", {}).get("fields", [])]
    return out


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def jsonl_count(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def convert(soffice, csv_paths, outdir):
    """Converts CSV files to xlsx with LibreOffice in one headless call (private profile, so it never clashes)."""
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        cmd = [soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
               "--infilter=" + CSV_FILTER, "--convert-to", "xlsx", "--outdir", outdir] + csv_paths
        done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
        if done.returncode != 0:
            fail("soffice exited %d: %s" % (done.returncode, done.stdout.decode("utf-8", "replace")[-500:]))
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def same_text(cell, expected):
    """A string cell as Calc shows it equals the CSV value; a neutralized cell may lose its leading apostrophe."""
    if cell is None:
        return expected == ""
    text = str(cell)
    return text == expected or (expected.startswith("'") and text == expected[1:])


def check_calc(table, xlsx, header, rows, fields):
    import openpyxl

    book = openpyxl.load_workbook(xlsx, data_only=False)
    sheet = book.worksheets[0]
    grid = list(sheet.iter_rows())
    got_header = [c.value for c in grid[0]] if grid else []
    if [str(v) if v is not None else "" for v in got_header[:len(header)]] != header:
        fail("%s: Calc header %r differs from the CSV header %r" % (table, got_header, header))
        return
    if len(grid) - 1 != len(rows):
        fail("%s: Calc has %d data rows, the CSV %d" % (table, len(grid) - 1, len(rows)))
    types = dict(fields)
    leading_zero_losses = 0
    for r, (row, cells) in enumerate(zip(rows, grid[1:]), start=2):
        for c, name in enumerate(header):
            expected = row[c] if c < len(row) else ""
            cell = cells[c] if c < len(cells) else None
            value = cell.value if cell is not None else None
            if cell is not None and cell.data_type == "f":
                fail("%s row %d %s: Calc reads a formula %r" % (table, r, name, value))
                continue
            kind = types.get(name, "string")
            if expected == "":
                if value not in (None, ""):
                    fail("%s row %d %s: empty in CSV, %r in Calc" % (table, r, name, value))
                continue
            if kind in ("integer", "number"):
                try:
                    plain = float(expected)
                except ValueError:
                    fail("%s row %d %s: CSV value %r is not a plain decimal" % (table, r, name, expected))
                    continue
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    fail("%s row %d %s: numeric column holds %r (%s) in Calc" % (table, r, name, value, type(value).__name__))
                elif abs(float(value) - plain) > 1e-9 * max(1.0, abs(plain)):
                    fail("%s row %d %s: Calc %r, CSV %s" % (table, r, name, value, expected))
            elif kind == "string":
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    # Calc turns digit-only text into numbers; harmless unless a leading zero is lost.
                    if expected.lstrip("0") != expected and expected.isdigit():
                        leading_zero_losses += 1
                    continue
                if not same_text(value, expected):
                    fail("%s row %d %s: Calc %r, CSV %r" % (table, r, name, value, expected))
    if leading_zero_losses:
        print("  note: %s: %d digit-only text cells lose a leading zero in Calc" % (table, leading_zero_losses))


def check_pandas(table, path, header, rows, fields, expected_rows):
    import pandas as pd

    frame = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""], dtype=None)
    if list(frame.columns) != header:
        fail("%s: pandas columns %r differ from the CSV header" % (table, list(frame.columns)))
    if expected_rows is not None and len(frame) != expected_rows:
        fail("%s: pandas reads %d rows, %s.jsonl has %d" % (table, len(frame), table, expected_rows))
    for name, kind in fields:
        if kind in ("integer", "number") and name in frame.columns and frame[name].notna().any():
            if not pd.api.types.is_numeric_dtype(frame[name]):
                fail("%s: pandas dtype of %s is %s, expected numeric" % (table, name, frame[name].dtype))
        if kind == "string" and name in frame.columns:
            for i, v in enumerate(frame[name].tolist()):
                csv_value = rows[i][header.index(name)]
                if isinstance(v, str) and v != csv_value:
                    fail("%s row %d %s: pandas %r, csv %r" % (table, i + 2, name, v, csv_value))
                    break


def check_output(output, soffice, label):
    print("checking %s (%s)" % (output, label))
    schema = resources(output)
    tables = sorted(t for t in schema if os.path.exists(os.path.join(output, t + ".csv")))
    if not tables:
        fail("%s: no CSV tables described by datapackage.json" % output)
        return {}
    xlsx_dir = tempfile.mkdtemp(prefix="xlsx-")
    try:
        convert(soffice, [os.path.join(output, t + ".csv") for t in tables], xlsx_dir)
        parsed = {}
        for t in tables:
            path = os.path.join(output, t + ".csv")
            with open(path, "rb") as f:
                if f.read(3) != b"\xef\xbb\xbf":
                    print("  note: %s.csv has no UTF-8 BOM (Excel on Windows will misread Chinese)" % t)
            header, rows = read_csv(path)
            parsed[t] = (header, rows)
            expected_rows = jsonl_count(os.path.join(output, t + ".jsonl"))
            if expected_rows is not None and expected_rows != len(rows):
                fail("%s: csv module reads %d rows, %s.jsonl has %d" % (t, len(rows), t, expected_rows))
            xlsx = os.path.join(xlsx_dir, t + ".xlsx")
            if not os.path.exists(xlsx):
                fail("%s: LibreOffice produced no xlsx" % t)
            else:
                check_calc(t, xlsx, header, rows, schema[t])
            check_pandas(t, path, header, rows, schema[t], expected_rows)
            print("  %s: %d rows" % (t, len(rows)))
        return parsed
    finally:
        shutil.rmtree(xlsx_dir, ignore_errors=True)


def check_planted(govreports, soffice):
    """Runs the binary on a one-report corpus titled with a formula and checks the title stays text."""
    work = tempfile.mkdtemp(prefix="planted-")
    try:
        corpus = os.path.join(work, "corpus")
        out = os.path.join(work, "out")
        os.makedirs(corpus)
        with open(os.path.join(corpus, "planted-2023.html"), "w", encoding="utf-8") as f:
            f.write(PLANTED_REPORT)
        done = subprocess.run([govreports, "run", "--quiet", "--input", corpus, "--output", out],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
        if done.returncode not in (0, 65) or not os.path.exists(os.path.join(out, "datapackage.json")):
            fail("planted corpus: govreports run exited %d: %s" % (done.returncode, done.stdout.decode("utf-8", "replace")[-800:]))
            return
        parsed = check_output(out, soffice, "planted formula title")
        header, rows = parsed.get("documents", ([], []))
        if "title" not in header or not rows:
            fail("planted corpus: documents.csv has no title column or no row")
            return
        title = rows[0][header.index("title")]
        if "HYPERLINK" not in title:
            fail("planted corpus: title %r is not the planted %r" % (title, PLANTED_TITLE))
        if title.startswith(("=", "+", "-", "@")):
            fail("planted corpus: title %r reaches the CSV un-neutralized" % title)
        # check_output already failed on any formula cell; say so positively for the log.
        print("  planted title arrives as text: %r" % title)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default="output")
    parser.add_argument("--govreports", help="path of the govreports binary for the planted-title corpus")
    parser.add_argument("--soffice", default=shutil.which("soffice") or shutil.which("libreoffice"))
    args = parser.parse_args()
    if not args.soffice:
        print("check-spreadsheets: soffice not found (install libreoffice-calc-nogui)", file=sys.stderr)
        return 1
    if not os.path.exists(os.path.join(args.output, "datapackage.json")):
        print("check-spreadsheets: %s/datapackage.json not found; run govreports first" % args.output, file=sys.stderr)
        return 1
    check_output(args.output, args.soffice, "datasets")
    if args.govreports:
        check_planted(args.govreports, args.soffice)
    else:
        fail("no --govreports binary given: the planted formula-title check did not run")
    if failures:
        print("check-spreadsheets: FAILED (%d problems)" % len(failures), file=sys.stderr)
        return 1
    print("check-spreadsheets: all CSV tables open cleanly in LibreOffice Calc and pandas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
