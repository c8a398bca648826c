#!/usr/bin/env python3
"""Writes the disclosure-panel samples (samples/disclosure-*.html|txt) and prints their expected.jsonl lines.

All agencies, texts and figures are invented for this project. Each sample varies what the recognizer depends on:
template version (2019 / 2021), encoding (UTF-8 / GBK), spans (3-column vs 2-column labels, merged headers), the
第二十条 sub-tables joined in one table or split, blank cells, units in cells, plain text (rows per line / one cell
per line), and one report whose table fails its own identity. Run: scripts/gen-disclosure-samples.py >> lines.
"""
import json, os, sys

OUT = os.path.join(os.path.dirname(__file__), "..", "samples")
from disclosure_template import APP_COLS, REFUSED, UNAVAIL, UNPROC, OTHER21, REVIEW_GROUPS, RESULTS
PARTS21 = ["disclosed", "partly"] + [r for r, _ in REFUSED + UNAVAIL + UNPROC + OTHER21]
PARTS19 = ["disclosed", "partly"] + [r for r, _ in REFUSED + UNAVAIL + UNPROC] + ["other"]


def app_table(version, given, carried_in, new, blanks=(), carried_out_delta=0):
    """Rows of table 三: `given` maps part rows to the six applicant counts; totals and 四 are computed."""
    parts = PARTS21 if version == "2021" else PARTS19
    rows = {}
    def full(six):
        return six + [sum(six)]
    rows["new"] = full(new)
    rows["carried_in"] = full(carried_in)
    for p in parts:
        rows[p] = full(given.get(p, [0] * 6))
    handled = [sum(rows[p][i] for p in parts) for i in range(7)]
    rows["total_handled"] = handled
    rows["carried_out"] = [rows["new"][i] + rows["carried_in"][i] - handled[i] for i in range(7)]
    rows["carried_out"][6] += carried_out_delta
    cells = {}
    for r, vals in rows.items():
        for i, v in enumerate(vals):
            cells[(r, APP_COLS[i])] = None if (r, APP_COLS[i]) in blanks or (r, "*") in blanks and i < 6 and v == 0 else v
    return cells


def cell_text(v):
    return "" if v is None else str(v)


def app_html(version, cells, label_width=3):
    """Table 三 as HTML with the template's merged header and label cells."""
    h = ['<table border="1" cellspacing="0">']
    note = "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
    h.append(f'<tr><td colspan="{label_width}" rowspan="3">（{note}）</td><td colspan="7">申请人情况</td></tr>')
    h.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    h.append('<tr><td>商业<br/>企业</td><td>科研<br/>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>')
    def vals(r):
        return "".join(f"<td>{cell_text(cells[(r, c)])}</td>" for c in APP_COLS)
    h.append(f'<tr><td colspan="{label_width}">一、本年新收政府信息公开申请数量</td>{vals("new")}</tr>')
    h.append(f'<tr><td colspan="{label_width}">二、上年结转政府信息公开申请数量</td>{vals("carried_in")}</tr>')
    groups = [("disclosed", "（一）予以公开", None), ("partly", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
              (None, "（三）不予公开", REFUSED), (None, "（四）无法提供", UNAVAIL), (None, "（五）不予处理", UNPROC)]
    groups.append((None, "（六）其他处理", OTHER21) if version == "2021" else ("other", "（六）其他处理", None))
    groups.append(("total_handled", "（七）总计", None))
    nrows = sum(len(g[2]) if g[2] else 1 for g in groups)
    first = True
    for rid, label, subs in groups:
        lead = f'<td rowspan="{nrows}">三、本年度办理结果</td>' if first and label_width == 3 else ""
        first = False
        if subs is None:
            span = 2 if label_width == 3 else 2
            h.append(f'<tr>{lead}<td colspan="{span}">{label}</td>{vals(rid)}</tr>')
        else:
            for k, (sid, sl) in enumerate(subs):
                g = f'<td rowspan="{len(subs)}">{label}</td>' if k == 0 else ""
                h.append(f"<tr>{lead if k == 0 else ''}{g}<td>{sl}</td>{vals(sid)}</tr>")
    h.append(f'<tr><td colspan="{label_width}">四、结转下年度继续办理</td>{vals("carried_out")}</tr>')
    h.append("</table>")
    return "\n".join(h)


def review_html(review):
    h = ['<table border="1">',
         '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
         '<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td>'
         '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
         "<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 2 + "</tr>",
         "<tr>" + "".join(f"<td>{review[(g, r)]}</td>" for g in REVIEW_GROUPS for r in RESULTS) + "</tr>",
         "</table>"]
    return "\n".join(h)


def review_cells(triples):
    cells = {}
    for g, four in zip(REVIEW_GROUPS, triples):
        for r, v in zip(RESULTS, four + [sum(four)]):
            cells[(g, r)] = v
    return cells


def expected_cells(app, review, proactive, blanks_text=()):
    out = []
    for (t, d) in (("applications", app), ("review_litigation", review), ("proactive", proactive)):
        for (r, c), v in d.items():
            if isinstance(v, tuple):
                v, text = v
            e = {"table": t, "row": r, "col": c, "value": v}
            if v is None:
                e["blank"] = True
            out.append(e)
    return out


def page(title, charset, body):
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}</title></head>
<body><div class="header"><a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 年报</div>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：{{published}}</div>
<div class="content">
{body}
</div></div>
<div class="footer">主办单位：本站 版权所有</div></body></html>
"""


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


lines = []

# 1. 2021 template, UTF-8 HTML; 二 joined in one table (the 第二十条 items as full-width rows); 三 with 3 label columns.
app = app_table("2021", {
    "disclosed": [12, 2, 0, 0, 0, 1], "partly": [3, 0, 0, 0, 0, 0], "refused_secret": [1, 0, 0, 0, 0, 0],
    "refused_third_party": [1, 0, 0, 0, 0, 0], "refused_process": [1, 0, 0, 0, 0, 0],
    "unavailable_not_held": [8, 1, 0, 1, 0, 0], "unavailable_needs_making": [1, 0, 0, 0, 0, 0],
    "unprocessed_petition": [2, 0, 0, 0, 0, 0], "unprocessed_repeat": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [1, 0, 0, 0, 0, 0]}, carried_in=[2, 0, 0, 0, 0, 0], new=[30, 4, 0, 1, 0, 1])
rev = review_cells([[2, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 1]])
pro = {("rules", "made"): 0, ("rules", "repealed"): 0, ("rules", "in_force"): 0,
       ("normative", "made"): 3, ("normative", "repealed"): 1, ("normative", "in_force"): 25,
       ("licensing", "decisions"): 1520, ("penalty", "decisions"): 86, ("coercion", "decisions"): 4,
       ("fees", "fee_amount"): 25.1}
pro_html = """<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>25</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1520</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">86</td></tr>
<tr><td>行政强制</td><td colspan="3">4</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">25.1</td></tr>
</table>"""
title = "建德市司法局2021年政府信息公开工作年度报告"
body = f"""<p>本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>
<p>一、总体情况</p>
<p>本年度新收政府信息公开申请36件，上年结转2件，均在法定期限内答复。全年因政府信息公开引发行政复议4件、行政诉讼3件。</p>
<p>二、主动公开政府信息情况</p>
{pro_html}
<p>三、收到和处理政府信息公开申请情况</p>
{app_html("2021", app)}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{review_html(rev)}
<p>五、存在的主要问题及改进情况</p>
<p>依申请公开答复的说理还需加强，下一步将规范答复文书。</p>
<p>建德市司法局</p><p>2022年1月25日</p>"""
write("disclosure-jiande-justice-2021.html", page(title, "utf-8", body).replace("{published}", "2022-01-26"))
lines.append({"file": "disclosure-jiande-justice-2021.html", "title": title, "report_year": 2021, "agency": "建德市司法局", "province": "浙江省", "city": "杭州市", "county": "建德市", "division_code": "330182", "published": "2022-01-26", "signed": "2022-01-25",
              "with": [], "without": [], "quantities": [], "span": {"first": "依申请公开答复的说理", "last": "规范答复文书"},
              "disclosure_template": "2021", "disclosure_diagnostics": [],
              "disclosure": expected_cells(app, rev, pro)})

# 2. 2019 template, GBK HTML; 二 split into five sub-tables; 三 with 2 label columns and blank cells; 251000元 in a cell.
blank_rows = {("new", c) for c in APP_COLS[2:6]} | {(r, c) for r in PARTS19 + ["carried_in", "total_handled", "carried_out"] for c in APP_COLS[1:6]}
app = app_table("2019", {
    "disclosed": [9, 1, 0, 0, 0, 0], "partly": [2, 0, 0, 0, 0, 0], "refused_third_party": [1, 0, 0, 0, 0, 0],
    "unavailable_not_held": [4, 1, 0, 0, 0, 0], "unprocessed_repeat": [1, 0, 0, 0, 0, 0], "other": [1, 0, 0, 0, 0, 0]},
    carried_in=[1, 0, 0, 0, 0, 0], new=[18, 2, 0, 0, 0, 0])
for k in list(app):
    if k in blank_rows and app[k] == 0:
        app[k] = None
# keep the commercial column's non-zero figures; blanks elsewhere
rev = review_cells([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])
pro = {("rules", "made"): 0, ("rules", "published_new"): 0, ("rules", "public_total"): 2,
       ("normative", "made"): 5, ("normative", "published_new"): 5, ("normative", "public_total"): 48,
       ("licensing", "prev_items"): 120, ("licensing", "change"): 6, ("licensing", "decisions"): 3350,
       ("other_services", "prev_items"): 45, ("other_services", "change"): -2, ("other_services", "decisions"): 812,
       ("penalty", "prev_items"): 30, ("penalty", "change"): 0, ("penalty", "decisions"): 210,
       ("coercion", "prev_items"): 8, ("coercion", "change"): 0, ("coercion", "decisions"): 15,
       ("fees", "prev_items"): 3, ("fees", "change"): 0,
       ("procurement", "items"): 14, ("procurement", "amount"): 25.1}
sub = lambda head, rows: ('<table border="1"><tr>' + "".join(f"<th>{x}</th>" for x in head) + "</tr>"
                          + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</table>")
pro_html = "\n".join([
    "<p>第二十条第（一）项</p>", sub(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], [["规章", 0, 0, 2], ["规范性文件", 5, 5, 48]]),
    "<p>第二十条第（五）项</p>", sub(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], [["行政许可", 120, "+6", 3350], ["其他对外管理服务事项", 45, "-2", 812]]),
    "<p>第二十条第（六）项</p>", sub(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], [["行政处罚", 30, 0, 210], ["行政强制", 8, 0, 15]]),
    "<p>第二十条第（八）项</p>", sub(["信息内容", "上一年项目数量", "本年增/减"], [["行政事业性收费", 3, 0]]),
    "<p>第二十条第（九）项</p>", sub(["信息内容", "采购项目数量", "采购总金额"], [["政府集中采购", 14, "251000元"]])])
title = "桐庐县市场监督管理局2019年政府信息公开工作年度报告"
body = f"""<p>本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。</p>
<p>二、主动公开政府信息情况</p>
{pro_html}
<p>三、收到和处理政府信息公开申请情况</p>
{app_html("2019", app, label_width=2)}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{review_html(rev)}
<p>五、存在的主要问题及改进情况</p>
<p>部分科室主动公开意识不强，今后将加强培训。</p>
<p>桐庐县市场监督管理局</p><p>2020年1月20日</p>"""
write("disclosure-tonglu-market-2019.html", page(title, "gbk", body).replace("{published}", "2020-01-21"), "gb18030")
lines.append({"file": "disclosure-tonglu-market-2019.html", "title": title, "report_year": 2019, "agency": "桐庐县市场监督管理局", "province": "浙江省", "city": "杭州市", "county": "桐庐县", "division_code": "330122", "published": "2020-01-21", "signed": "2020-01-20",
              "with": [], "without": [], "quantities": [], "span": {"first": "部分科室主动公开意识不强", "last": "加强培训"},
              "disclosure_template": "2019", "disclosure_diagnostics": ["disclosure-unit-converted"],
              "disclosure": expected_cells(app, rev, pro)})


def app_text_rows(version, cells, sep):
    out = ["申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    rows = [[out[0]], [out[1], out[2], out[8]], out[3:8]] if sep == " " else [[x] for x in out]
    def vals(r):
        return [cell_text(cells[(r, c)]) or "-" for c in APP_COLS]
    def row(labels, r):
        rows.append(labels + vals(r))
    row(["一、本年新收政府信息公开申请数量"], "new")
    row(["二、上年结转政府信息公开申请数量"], "carried_in")
    row(["三、本年度办理结果", "（一）予以公开"], "disclosed")
    row(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "partly")
    for k, (rid, l) in enumerate(REFUSED):
        row((["（三）不予公开"] if k == 0 else []) + [l], rid)
    for k, (rid, l) in enumerate(UNAVAIL):
        row((["（四）无法提供"] if k == 0 else []) + [l], rid)
    for k, (rid, l) in enumerate(UNPROC):
        row((["（五）不予处理"] if k == 0 else []) + [l], rid)
    if version == "2021":
        for k, (rid, l) in enumerate(OTHER21):
            row((["（六）其他处理"] if k == 0 else []) + [l], rid)
    else:
        row(["（六）其他处理"], "other")
    row(["（七）总计"], "total_handled")
    row(["四、结转下年度继续办理"], "carried_out")
    if sep == " ":
        return "\n".join(" ".join(r) for r in rows)
    return "\n".join(x for r in rows for x in r)


def review_text(rev, sep):
    head = ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"] + \
           ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
    vals = [str(rev[(g, r)]) for g in REVIEW_GROUPS for r in RESULTS]
    if sep == " ":
        return " ".join(head[:2]) + "\n" + " ".join(head[2:9]) + "\n" + " ".join(head[9:]) + "\n" + " ".join(vals)
    return "\n".join(head + vals)


# 3. 2021 template, plain text, a row per line with space-separated cells.
app = app_table("2021", {
    "disclosed": [20, 3, 1, 0, 0, 0], "partly": [4, 1, 0, 0, 0, 0], "refused_law": [1, 0, 0, 0, 0, 0],
    "refused_internal": [2, 0, 0, 0, 0, 0], "unavailable_not_held": [6, 0, 0, 0, 1, 0],
    "unavailable_unclear": [1, 0, 0, 0, 0, 0], "unprocessed_publication": [1, 0, 0, 0, 0, 0],
    "other_no_fee": [1, 0, 0, 0, 0, 0], "other_other": [2, 0, 0, 0, 0, 0]},
    carried_in=[3, 0, 0, 0, 0, 0], new=[36, 4, 1, 0, 1, 0])
rev = review_cells([[3, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 0]])
pro = {("rules", "made"): 1, ("rules", "repealed"): 0, ("rules", "in_force"): 7,
       ("normative", "made"): 12, ("normative", "repealed"): 4, ("normative", "in_force"): 103,
       ("licensing", "decisions"): 8740, ("penalty", "decisions"): 1210, ("coercion", "decisions"): 33,
       ("fees", "fee_amount"): 3.6}
pro_text = """第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 1 0 7
行政规范性文件 12 4 103
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 8740
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 1210
行政强制 33
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 3.6"""
title = "衢州市柯城区人民政府2021年政府信息公开工作年度报告"
text = f"""{title}
发布时间：2022-01-28
本报告由柯城区人民政府办公室编制，统计期限自2021年1月1日起至2021年12月31日止。
一、总体情况
全年共新收政府信息公开申请42件，上年结转3件。全年引发行政复议4件，行政诉讼2件。
二、主动公开政府信息情况
{pro_text}
三、收到和处理政府信息公开申请情况
{app_text_rows("2021", app, " ")}
四、政府信息公开行政复议、行政诉讼情况
{review_text(rev, " ")}
五、存在的主要问题及改进情况
部分部门政策解读形式单一，下一步将丰富解读方式。
衢州市柯城区人民政府
2022年1月26日
"""
write("disclosure-kecheng-gov-2021.txt", text)
lines.append({"file": "disclosure-kecheng-gov-2021.txt", "title": title, "report_year": 2021, "agency": "衢州市柯城区人民政府", "province": "浙江省", "city": "衢州市", "county": "柯城区", "division_code": "330802", "published": "2022-01-28", "signed": "2022-01-26",
              "with": [], "without": [], "quantities": [], "span": {"first": "部分部门政策解读形式单一", "last": "丰富解读方式"},
              "disclosure_template": "2021", "disclosure_diagnostics": [],
              "disclosure": expected_cells(app, rev, pro)})

# 4. 2019 template, plain text in GBK, one cell per line; its table fails its own identity (四 total one too many) and
# its text restates 本年新收 with another number.
app = app_table("2019", {
    "disclosed": [7, 0, 0, 0, 0, 0], "partly": [1, 0, 0, 0, 0, 0], "refused_safety": [1, 0, 0, 0, 0, 0],
    "unavailable_not_held": [5, 1, 0, 0, 0, 0], "unavailable_needs_making": [2, 0, 0, 0, 0, 0],
    "unprocessed_mass": [1, 0, 0, 0, 0, 0], "other": [2, 0, 0, 0, 0, 0]},
    carried_in=[0, 0, 0, 0, 0, 0], new=[20, 1, 0, 0, 0, 0], carried_out_delta=1)
rev = review_cells([[0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]])
pro = {("rules", "made"): 0, ("rules", "published_new"): 0, ("rules", "public_total"): 0,
       ("normative", "made"): 2, ("normative", "published_new"): 2, ("normative", "public_total"): 17,
       ("licensing", "prev_items"): 64, ("licensing", "change"): 3, ("licensing", "decisions"): 905,
       ("penalty", "prev_items"): 21, ("penalty", "change"): -1, ("penalty", "decisions"): 77,
       ("coercion", "prev_items"): 5, ("coercion", "change"): 0, ("coercion", "decisions"): 2}
pro_text = "\n".join(["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
                      "规章", "0", "0", "0", "规范性文件", "2", "2", "17",
                      "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
                      "行政许可", "64", "+3", "905",
                      "第二十条第（六）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
                      "行政处罚", "21", "-1", "77", "行政强制", "5", "0", "2"])
title = "龙游县民政局2019年政府信息公开工作年度报告"
NL = "\n"
app_rows_19 = app_text_rows("2019", app, NL)
review_19 = review_text(rev, NL)
text = f"""{title}
本年度报告由龙游县民政局编制，统计期限自2019年1月1日起至2019年12月31日止。
一、总体情况
本年度收到政府信息公开申请22件，均按期答复。
二、主动公开政府信息情况
{pro_text}
三、收到和处理政府信息公开申请情况
{app_rows_19}
四、政府信息公开行政复议、行政诉讼情况
{review_19}
五、存在的主要问题及改进情况
信息更新不够及时，今后将建立定期更新机制。
龙游县民政局
2020年1月22日
"""
write("disclosure-longyou-civil-2019.txt", text, "gb18030")
lines.append({"file": "disclosure-longyou-civil-2019.txt", "title": title, "report_year": 2019, "agency": "龙游县民政局", "province": "浙江省", "city": "衢州市", "county": "龙游县", "division_code": "330825", "signed": "2020-01-22",
              "with": [], "without": [], "quantities": [], "span": {"first": "信息更新不够及时", "last": "定期更新机制"},
              "disclosure_template": "2019",
              "disclosure_diagnostics": ["disclosure-identity", "disclosure-column-total", "disclosure-text-mismatch"],
              "disclosure": expected_cells(app, rev, pro)})

for l in lines:
    print(json.dumps(l, ensure_ascii=False))
