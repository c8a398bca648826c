#!/usr/bin/env python3
"""Builds the test fixtures in Tests/GovReportsCoreTests/Resources/{hostile,pages}.

All texts were written for this project. Run from anywhere; outputs are committed.
"""
import json, struct, zlib, zipfile, io, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from build import strip_marks, snip

ROOT = Path(__file__).resolve().parents[2]
RES = ROOT / 'Tests/GovReportsCoreTests/Resources'
H = RES / 'hostile'; P = RES / 'pages'

def png(w=8, h=8):
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + bytes([200, 30, 30]) * w for _ in range(h))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

CHROME_TOP = '''<div class="top"><a href="#">无障碍浏览</a> | <a href="#">切换到繁體</a></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>'''
CHROME_BOTTOM = '''<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="footer">主办单位：某某区人民政府办公室　版权所有　浙ICP备00000000号　网站标识码：3300000000</div>'''

def hostile():
    (H / 'empty.html').write_bytes(b'')
    (H / 'binary.png').write_bytes(png())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('report.html', '<html><body><p>压缩包内的页面，不应被当作网页解析。</p></body></html>')
        z.writestr('data.csv', 'a,b\n1,2\n')
    (H / 'archive.zip').write_bytes(buf.getvalue())
    head = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{t}</title></head><body>\n' + CHROME_TOP + '\n'
    t = '某区司法局2022年度法治政府建设工作报告'
    nul = (head.format(t=t) + '<div class="TRS_Editor">\n<p>2022年，区司法局全年办理行政复议案件36件，\x00\x00同比增长12.5%。</p>\n'
           '<p>组织普法宣传活动\x0048场，发放宣传资料1.2万份。</p>\n</div>\n' + CHROME_BOTTOM + '\n</body></html>\n')
    (H / 'nul-bytes.html').write_bytes(nul.encode('utf-8'))
    inv = (head.format(t=t) + '<div class="TRS_Editor">\n<p>全年审查规范性文件15件，').encode('utf-8') + b'\xff\xfe' + \
          '报备率达到100%。'.encode('utf-8') + b'\xc3' + '全区行政机关负责人出庭应诉率为96.3%。</p>\n</div>\n'.encode('utf-8') + \
          ('<p class="after">以上为本年度主要工作情况。</p>\n' + CHROME_BOTTOM + '\n</body></html>\n').encode('utf-8')
    (H / 'invalid-utf8.html').write_bytes(inv)
    g = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<title>某县民政局2021年度法治政府建设工作报告</title></head><body>\n' + CHROME_TOP +
         '\n<div id="zoom">\n<p>2021年，县民政局新登记社会组织23家，注销社会组织9家，发放救助资金1588.3万元。</p>\n'
         '<p>全年开展民政领域普法宣传活动15场，群众满意度达98.6%。</p>\n</div>\n' + CHROME_BOTTOM + '\n</body></html>\n')
    (H / 'gbk-labelled-utf8.html').write_bytes(g.encode('gb18030'))
    oc = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>页面不存在或已删除_某市人民政府</title>'
          '<script>var a=1;</script><style>.x{color:red}</style></head><body>\n' + CHROME_TOP +
          '\n<div class="sidebar"><ul><li><a href="/1.html">市政府召开第25次常务会议</a></li><li><a href="/2.html">关于2023年度政府信息公开工作年度报告的公告</a></li></ul></div>\n'
          '<div class="article"><h1></h1><div class="info">来源：　发布时间：　浏览次数：0</div><div class="TRS_Editor"></div></div>\n'
          + CHROME_BOTTOM + '\n<iframe src="/stat.html" style="display:none"></iframe>\n</body></html>\n')
    (H / 'only-chrome.html').write_bytes(oc.encode('utf-8'))
    (H / 'README.md').write_text('''# Hostile inputs

Written for this project. Each file must end as a diagnostic with a named reason or
as a cleaned document, never as a crash, and must not stop the batch.

| file | what it is | a correct pipeline |
|---|---|---|
| empty.html | 0 bytes | skips it with reason "empty" |
| binary.png | a real 8×8 PNG | rejects it as not HTML/text (magic bytes `\\x89PNG`) |
| archive.zip | a real ZIP (report.html, data.csv inside) | rejects it as not HTML/text (magic `PK\\x03\\x04`); does not unpack it |
| nul-bytes.html | UTF-8 HTML with NUL bytes inside body sentences | drops the NULs, keeps both paragraphs: "全年办理行政复议案件36件", "同比增长12.5%", "组织普法宣传活动", "48场" |
| invalid-utf8.html | declares utf-8, has stray bytes FF FE and C3 inside one body sentence | decodes with U+FFFD for the bad bytes, keeps "全年审查规范性文件15件", "报备率达到100%", "出庭应诉率为96.3%" and the following paragraph "以上为本年度主要工作情况" |
| gbk-labelled-utf8.html | GB18030 bytes under a `charset=utf-8` meta | should notice the text is not valid UTF-8 and fall back to GB18030 (or at least warn); the body then contains "新登记社会组织23家", "群众满意度达98.6%" |
| only-chrome.html | navigation, share bar, footer and an empty article box | yields no body; a diagnostic such as "no main content" rather than a body made of chrome |

Huge and deeply nested inputs are generated by the tests at run time.
''', encoding='utf-8')

PAGES = [
  {
    'file': 'trs-utf8.html', 'encoding': 'utf-8',
    'title': '鄞州区召开2023年法治政府建设工作推进会', 'published': '2023-04-12',
    'body': [
      '4月11日下午，鄞州区召开2023年法治政府建设工作推进会，总结2022年全区法治政府建设工作，部署今年重点任务。',
      '会议通报，2022年全区共办理行政复议案件⟦312件⟧，行政机关负责人出庭应诉率达⟦98.1%⟧；审查区政府规范性文件⟦16件⟧，全部报市政府备案；开展普法宣传活动⟦420余场⟧，发放宣传资料⟦约5万份⟧。',
      '会议要求，各部门要对照《鄞州区2023年法治政府建设工作要点》(鄞法委〔2023〕2号)，抓紧制定任务清单，确保11月底前完成年度目标任务。',
    ],
    'without': ['无障碍浏览', '当前位置', '浏览次数', '扫一扫在手机打开当前页', '版权所有', '网站标识码'],
  },
  {
    'file': 'hanweb-gbk.html', 'encoding': 'gb18030',
    'title': '开化县民政局开展社会组织年检工作', 'published': '2022-06-08',
    'body': [
      '为加强社会组织事中事后监管，近日，开化县民政局组织开展2021年度社会组织年度检查工作。',
      '本次年检共涉及全县社会组织⟦468家⟧，截至5月底已完成年检⟦431家⟧，年检率⟦92.1%⟧。县民政局邀请会计师事务所专家吴昇对⟦30家⟧重点社会组织开展财务抽查，发现问题⟦12个⟧，已全部督促整改。',
      '下一步，县民政局将对未按时参加年检的社会组织依法作出处理，对连续⟦?两年⟧未参加年检的，依法撤销登记，并通过县政府门户网站向社会公布年检结果，接受社会监督。',
    ],
    'without': ['无障碍浏览', '当前位置', '访问量', '打印本页', '扫一扫在手机打开当前页', '网站标识码'],
  },
  {
    'file': 'nrbox-meta-after-title.html', 'encoding': 'utf-8',
    'title': '黔江区司法局举办2024年行政执法人员培训班', 'published': '2024-05-21',
    'body': [
      '5月20日，黔江区司法局举办2024年全区行政执法人员法律知识培训班，全区⟦32个⟧行政执法单位的⟦260余名⟧执法人员参加培训。',
      '培训围绕新修订的行政复议法、行政处罚裁量权基准制度等内容进行专题讲解，结合典型案例剖析执法中的常见问题，并组织闭卷考试，考试合格率达⟦百分之九十六⟧。',
      '区司法局有关负责人表示，今年将组织⟦3至4期⟧行政执法人员轮训，推动严格规范公正文明执法，不断提升执法人员运用法治思维和法治方式解决问题的能力。',
    ],
    'without': ['无障碍浏览', '首页 &gt;', '阅读：', '分享：', '扫一扫在手机打开当前页', '上一篇', '热点新闻', '版权所有'],
  },
]

def page_html(p, paras):
    t = p['title']; d = p['published']
    body = '\n'.join(f'<p>{x}</p>' for x in paras)
    if p['file'].startswith('trs'):
        return f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{d} 16:30"><meta name="ContentSource" content="区司法局">
<title>{t}_宁波市鄞州区人民政府</title><script>var siteId=1;</script></head><body>
{CHROME_TOP}
<h1 class="title">{t}</h1>
<div class="info">来源：区司法局　发布时间：{d} 16:30　浏览次数：438　字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="TRS_Editor"><style>.TRS_Editor P{{line-height:2}}</style>
{body}
</div>
{CHROME_BOTTOM}
</body></html>
'''
    if p['file'].startswith('hanweb'):
        return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>开化县人民政府 {t}</title>
<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="{d} 09:12"></head><body>
{CHROME_TOP}
<table width="1000" align="center"><tr><td class="title">{t}</td></tr>
<tr><td>信息来源：县民政局　发布日期：{d}　访问量：<script src="/hits.jsp"></script>　【字体：大 中 小】</td></tr>
<tr><td><div id="zoom">
{body}
</div></td></tr>
<tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
{CHROME_BOTTOM}
</body></html>
'''
    return f'''<!DOCTYPE html>
<html><head>
<title>{t}-重庆市黔江区司法局</title>
<link rel="stylesheet" href="/static/css/style.css">
<meta charset="utf-8">
</head><body>
{CHROME_TOP.replace('当前位置：', '')}
<div class="nr-box"><div class="crumb">首页 &gt; 工作动态</div>
<div class="xl-tit">{t}</div>
<div class="xl-info">发布日期：{d}　来源：区司法局　阅读：<span>205</span></div>
<div class="xl-text">
{body}
</div>
<div class="xl-share"><span>分享：</span><a>微信</a><a>微博</a></div>
<div class="xl-ewm">扫一扫在手机打开当前页</div>
<div class="xl-page">上一篇：<a href="/1.html">区司法局开展“民法典宣传月”活动</a></div></div>
<div class="nr-right"><div>热点新闻</div><ul><li><a href="/2.html">黔江区召开全面依法治区委员会第五次会议</a></li></ul></div>
{CHROME_BOTTOM}
</body></html>
'''

def pages():
    for p in PAGES:
        paras, qs = [], []
        for x in p['body']:
            t, q = strip_marks(x); paras.append(t); qs += q
        html = page_html(p, paras)
        data = html.encode('gb18030' if p['encoding'] == 'gb18030' else 'utf-8')
        (P / p['file']).write_bytes(data)
        chars = sum(len(x) for x in paras)
        assert 200 <= chars <= 600, (p['file'], chars)
        for w in p['without']:
            assert w in html, w
        exp = {'title': p['title'], 'published': p['published'], 'encoding': p['encoding'],
               'with': [snip(x) for x in paras], 'without': [w.replace('&gt;', '>') for w in p['without']],
               'quantities': qs}
        (P / (p['file'].rsplit('.', 1)[0] + '.expected.json')).write_text(json.dumps(exp, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
        print(p['file'], chars, len(qs))

if __name__ == '__main__':
    hostile(); pages()
