#!/usr/bin/env python3
"""Lists number-like spans outside ⟦⟧ markers, for a human to review."""
import re, sys
from pathlib import Path
pat = re.compile(r'[\d０-９][\d,.０-９]*[^\s，。、；：）)]{0,3}|[零〇一二两三四五六七八九十百千万]+[个项件次场家人名条份类级年天条批]')
for p in sorted(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / 'src').glob('*.src')):
    body = p.read_text().split('\n---\n', 1)[1]
    masked = re.sub(r'⟦[^⟧]*⟧', lambda m: '□' * len(m.group(0)), body)
    for m in pat.finditer(masked):
        s = m.group(0)
        if re.match(r'^\d{4}年', s) or re.match(r'^\d{1,2}月', s) or re.match(r'^\d{1,2}日', s):
            continue
        ctx = masked[max(0, m.start()-6):m.end()+4].replace('\n', ' ')
        print(p.name, repr(s), ctx)
