#!/usr/bin/env python3
"""Builds samples/ and samples/expected.jsonl from scripts/samples/src/*.src.

Every report text was written for this project (synthetic; only the names of
real administrative divisions are real). A source file has a header of
`key: value` lines, a line `---`, then the body, one paragraph per line.
Quantities are marked in the body as ⟦mention⟧ (must) or ⟦?mention⟧ (optional);
overrides follow a bar: ⟦2.37万城镇职工|unit=null⟧. The markers are stripped
from the published files; value, unit, kind, approx and value_max are derived
from the marked text and written to expected.jsonl.
"""
import json, re, sys, os, subprocess, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import templates

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(__file__).parent / "src"
OUT = ROOT / "samples"

CN = {'零':0,'〇':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
def cn2num(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN: num = CN[ch]
        elif ch in '十百千':
            m = {'十':10,'百':100,'千':1000}[ch]
            section += (num or 1) * m; num = 0
        elif ch == '万':
            total += (section + num) * 10000; section = num = 0
        elif ch == '亿':
            total += (section + num) * 100000000; section = num = 0
        else: raise ValueError(s)
    return total + section + num

DUR = {'天','个月','年','小时','个工作日','日','分钟','周','月'}
OTHER = {'分','平方米','公里','亩','星','吨','米','万平方米','千公顷','公顷','吨公里','人公里','标准箱','度','千瓦时',
         '千瓦','立方米','斤','兆瓦时','平方公里','公斤','吨标准煤','微克/立方米'}
PERCENT = {'%', '个百分点', '‰', '成', '个千分点'}
NUM = r'(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)'

def parse(mention, over):
    t = mention
    approx = None; vmax = None
    m = re.match(r'^(约|近|超|逾)', t)
    if m: approx = m.group(1); t = t[len(approx):]
    # A minus sign glued to the digits is kept (增长-3.2%); a bare 万/亿 is one of them (近万场).
    sign = 1
    if t.startswith('-'): sign = -1; t = t[1:]
    if t[0] in '万亿': t = '一' + t
    if t.startswith('百分之'):
        m = re.match(r'^百分之(' + NUM + r')(.*)$', t)
        v = cn2num(m.group(1)) if not m.group(1)[0].isdigit() else float(m.group(1))
        rest = m.group(2)
        r = {'value': v, 'unit': '%', 'kind': 'percent', 'approx': approx, 'value_max': None}
        if rest in ('左右','以上'): r['approx'] = rest
        elif rest: raise ValueError(mention)
        r.update(over); return r
    m = re.match(r'^(' + NUM + r')(%)?(?:-|—|～|~|至|到)(' + NUM + r')(.*)$', t)
    if m:
        a, pct, b, rest = m.groups()
        v = num(a); vmax = num(b)
        unit = rest if rest else None
        if pct: unit = '%' + (unit or '')
        mult = 1
        if unit and unit[0] in '万亿':
            mult = 10000 if unit[0] == '万' else 100000000; unit = unit[1:]
        v *= mult; vmax *= mult
    else:
        m = re.match(r'^(' + NUM + r')(余|多)?(万|亿)?(余|多)?(.*?)(左右|以上|余)?$', t)
        if not m: raise ValueError(mention)
        a, ap0, mul, ap, unit, ap2 = m.groups()
        ap = ap or ap0
        v = num(a)
        if mul: v *= 10000 if mul == '万' else 100000000
        if ap: approx = ap
        if ap2: approx = ap2
        unit = unit or None
    if unit and unit.startswith('%'):
        rest = unit[1:]
        if rest in ('左右','以上'): approx = rest
        unit = '%'
    if unit == '万元' or unit == '亿元': raise ValueError(mention)
    kind = 'count'
    if unit in ('元',) or (unit or '').startswith('元/'): kind = 'money'
    elif unit in PERCENT: kind = 'percent'
    elif unit in DUR: kind = 'duration'
    elif unit in OTHER or '/' in (unit or ''): kind = 'other'
    # 成 is tenths on the percent scale (三成 = 30), as the scanner records it.
    if unit == '成':
        v *= 10
        if vmax is not None: vmax *= 10
    v *= sign
    r = {'value': clean(v), 'unit': unit, 'kind': kind, 'approx': approx, 'value_max': clean(vmax) if vmax is not None else None}
    for k, val in over.items():
        r[k] = None if val == 'null' else val
    return r

def num(s):
    if s[0].isdigit():
        return float(s.replace(',', ''))
    return cn2num(s)

def clean(v):
    if isinstance(v, float):
        v = round(v, 6)
        if v == int(v): return int(v)
    return v

MARK = re.compile(r'⟦(\??)([^⟧|]+)((?:\|[^⟧]*)?)⟧')

def strip_marks(text):
    qs = []
    def rep(m):
        opt, mention, extra = m.groups()
        over = {}
        for kv in extra.strip('|').split('|'):
            if kv:
                k, val = kv.split('=', 1)
                if k == 'value': val = float(val) if '.' in val else int(val)
                over[k] = val
        q = parse(mention, over)
        q = {'text': mention, **q, 'status': 'optional' if opt else 'must'}
        qs.append(q)
        return mention
    return MARK.sub(rep, text), qs

def read_src(p):
    raw = p.read_text(encoding='utf-8')
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if not line.strip() or line.startswith('#'): continue
        k, v = line.split(':', 1)
        v = v.strip()
        try: v = json.loads(v)
        except Exception: pass
        meta[k.strip()] = v
    return meta, body

def main():
    OUT.mkdir(exist_ok=True)
    lines = []
    total = 0
    for p in sorted(SRC.glob('*.src')):
        meta, body = read_src(p)
        text, qs = strip_marks(body)
        paras = [l for l in text.split('\n')]
        while paras and not paras[-1].strip(): paras.pop()
        tpl = meta['template']
        if tpl == 'raw':
            content = '\n'.join(paras) + '\n'
            body_paras = [l for l in paras if l.strip()]
            chrome = meta.get('without', [])
        else:
            content, chrome = templates.render(tpl, meta, paras)
            body_paras = [l.strip().lstrip('>').strip() for l in paras if l.strip()]
            chrome = chrome + meta.get('without', [])
        enc = meta.get('encoding', 'utf-8')
        data = content.encode('gb18030' if enc == 'gb18030' else 'utf-8')
        out = OUT / meta['file']
        out.write_bytes(data)
        # body snippets: first and last body paragraph + explicit ones
        first = meta.get('first') or body_paras[0]
        last = meta.get('last') or body_paras[-1]
        long_paras = [x for x in body_paras if len(x) >= 30 and not any(c in x for c in chrome)]
        withs = [snip(first), snip(long_paras[0]), snip(long_paras[-1]), snip(last)] + [snip(x) for x in meta.get('with', [])]
        withs = list(dict.fromkeys(withs))
        for w in withs:
            assert w in text, (p, w)
        cjk = sum(1 for ch in text if '\u4e00' <= ch <= '\u9fff')
        rec = {'file': meta['file'], 'title': meta['title'], 'published': meta.get('published_iso'),
               'agency': meta['agency'], 'province': meta['province'], 'city': meta['city'],
               'county': meta.get('county'), 'division_code': meta.get('division_code'),
               'report_year': meta.get('report_year'), 'signed': meta.get('signed'),
               'encoding': enc, 'template': tpl, 'with': withs, 'without': chrome,
               'quantities': qs}
        decoded = data.decode('gb18030' if enc == 'gb18030' else 'utf-8')
        for c in chrome:
            assert c in decoded, (p, c)
            if tpl != 'raw':
                assert c not in '\n'.join(body_paras), ('chrome string occurs in body', p, c)
        lines.append(json.dumps(rec, ensure_ascii=False))
        total += len(qs)
        print(f"{meta['file']:45s} {tpl:8s} {enc:8s} cjk={cjk:5d} q={len(qs)}")
    (OUT / 'expected.jsonl').write_text('\n'.join(lines) + '\n', encoding='utf-8')
    print('total quantities', total)

def snip(s):
    s = s.strip()
    # a run of the paragraph free of punctuation that width folding might touch
    runs = re.split(r'[，。：；（）()、！？“”《》,:;\s]', s)
    runs = [r for r in runs if len(r) >= 6]
    return max(runs, key=len)[:40] if runs else s.strip('：:，。')[:20]

if __name__ == '__main__':
    main()
