#!/usr/bin/env python3
"""Writes the blind disclosure reports (Tests/GovReportsCoreTests/Resources/disclosure-blind/) and their expected.jsonl.

Written without looking at the recognizer's label table: invented agencies and figures, laid out the ways publishers
do that samples/disclosure-* do not: 四 split into a 行政复议 table and a 行政诉讼 table, Word-exported cells
(<p><span>), 法人或其它组织, one label column with group rows of their own, 0 written 0件, blanks as —, a 2020 report
on the 2019 template, text flattened with tabs or with | pipes. Every table adds up, so no check may fire.
Run: scripts/gen-disclosure-blind.py (rewrites the folder's files).
"""
import json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "GovReportsCoreTests", "Resources", "disclosure-blind")
from disclosure_template import APP_COLS, REFUSED, UNAVAIL, UNPROC, OTHER21, REVIEW_GROUPS, RESULTS
COLS = APP_COLS
GROUPS = REVIEW_GROUPS


def parts(v):
    return ["disclosed", "partly"] + [r for r, _ in REFUSED + UNAVAIL + UNPROC] + ([r for r, _ in OTHER21] if v == "2021" else ["other"])


def apps(v, given, new, carried_in):
    """Table 三's values: rows → seven numbers, totals and carried_out computed."""
    full = lambda six: six + [sum(six)]
    rows = {"new": full(new), "carried_in": full(carried_in)}
    for p in parts(v):
        rows[p] = full(given.get(p, [0] * 6))
    rows["total_handled"] = [sum(rows[p][i] for p in parts(v)) for i in range(7)]
    rows["carried_out"] = [rows["new"][i] + rows["carried_in"][i] - rows["total_handled"][i] for i in range(7)]
    return rows


def review(triples):
    return {g: four + [sum(four)] for g, four in zip(GROUPS, triples)}


def label_rows(v):
    """(group label or None, row label, row id) in the template's order."""
    out = [(None, "一、本年新收政府信息公开申请数量", "new"), (None, "二、上年结转政府信息公开申请数量", "carried_in"),
           (None, "（一）予以公开", "disclosed"), (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partly")]
    out += [("（三）不予公开", l, r) for r, l in REFUSED]
    out += [("（四）无法提供", l, r) for r, l in UNAVAIL]
    out += [("（五）不予处理", l, r) for r, l in UNPROC]
    out += [("（六）其他处理", l, r) for r, l in OTHER21] if v == "2021" else [(None, "（六）其他处理", "other")]
    out += [(None, "（七）总计", "total_handled"), (None, "四、结转下年度继续办理", "carried_out")]
    return out


class Cells:
    """Expected cells, with how each value is written in the report."""
    def __init__(self):
        self.items = []

    def add(self, table, row, col, value, blank_as=None, zero_as=None):
        """Records a cell; returns its text. A zero may be written as `blank_as` (then expected blank) or `zero_as`."""
        if value == 0 and blank_as is not None:
            self.items.append({"table": table, "row": row, "col": col, "value": None, "blank": True})
            return blank_as
        self.items.append({"table": table, "row": row, "col": col, "value": value})
        if value == 0 and zero_as is not None:
            return zero_as
        return str(value)


def page(title, body, published):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_政务公开</title></head>
<body><div class="topbar">网站首页 | 政务公开 | 互动交流</div>
<div class="main"><div class="art-title">{title}</div>
<div class="art-meta">来源：本机关 发布日期：{published} 字号：大 中 小</div>
<div class="art-body">
{body}
</div></div>
<div class="bottom">主办：本机关 技术支持：某公司</div></body></html>
"""


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


lines = []

# A. 2021 report, 2021 template, HTML. 二 as four small tables whose item name is a header cell spanning the
# table; 三 with one label column: the group labels （三）…（六） as rows of their own with no values; zeros as 0件
# in 三, blanks as — in the 法律服务机构 column; 四 split in two tables.
c = Cells()
v = "2021"
a = apps(v, {"disclosed": [14, 3, 0, 1, 0, 0], "partly": [2, 1, 0, 0, 0, 0], "refused_third_party": [1, 0, 0, 0, 0, 0],
             "refused_process": [2, 0, 0, 0, 0, 0], "unavailable_not_held": [7, 2, 0, 0, 0, 1],
             "unavailable_needs_making": [1, 0, 0, 0, 0, 0], "unprocessed_repeat": [2, 0, 0, 0, 0, 0],
             "other_no_correction": [1, 0, 0, 0, 0, 0], "other_other": [1, 0, 0, 0, 0, 0]},
         new=[30, 6, 0, 1, 0, 1], carried_in=[2, 0, 0, 0, 0, 0])
def three_a():
    h = ['<table class="MsoTableGrid" border="1" width="100%">',
         '<tr><th rowspan="3">项目</th><th colspan="7">申请人情况</th></tr>',
         '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
         '<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>']
    seen = set()
    for grp, label, rid in label_rows(v):
        if rid == "disclosed":
            h.append('<tr><td colspan="8">三、本年度办理结果</td></tr>')
        if grp and grp not in seen:
            seen.add(grp)
            h.append(f'<tr><td colspan="8">{grp}</td></tr>')
        cells = "".join(f"<td>{c.add('applications', rid, col, a[rid][i], blank_as='—' if col == 'legal' else None, zero_as='0件')}</td>"
                        for i, col in enumerate(COLS))
        h.append(f"<tr><td>{label}</td>{cells}</tr>")
    h.append("</table>")
    return "\n".join(h)
rv = review([[3, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 0]])
def four_split(rv, zero="0"):
    r = lambda g: "".join(f"<td>{c.add('review_litigation', g, res, rv[g][i], zero_as=zero)}</td>" for i, res in enumerate(RESULTS))
    return "\n".join([
        "<p>（一）行政复议情况</p>",
        '<table border="1"><tr><th colspan="5">行政复议</th></tr>',
        "<tr><th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th></tr>",
        f"<tr>{r('review')}</tr></table>",
        "<p>（二）行政诉讼情况</p>",
        '<table border="1"><tr><th colspan="10">行政诉讼</th></tr>',
        '<tr><th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>',
        "<tr>" + "<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th>" * 2 + "</tr>",
        f"<tr>{r('litigation_direct')}{r('litigation_after_review')}</tr></table>"])
def pro_a():
    t = lambda item, head, rows: (f'<table border="1"><tr><th colspan="{len(head)}">{item}</th></tr><tr>'
                                  + "".join(f"<th>{x}</th>" for x in head) + "</tr>"
                                  + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</table>")
    p = lambda row, col, val: c.add("proactive", row, col, val)
    return "\n".join([
        t("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
          [["规章", p("rules", "made", 0), p("rules", "repealed", 0), p("rules", "in_force", 1)],
           ["行政规范性文件", p("normative", "made", 6), p("normative", "repealed", 2), p("normative", "in_force", 37)]]),
        t("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [["行政许可", p("licensing", "decisions", 2741)]]),
        t("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
          [["行政处罚", p("penalty", "decisions", 318)], ["行政强制", p("coercion", "decisions", 12)]]),
        t("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [["行政事业性收费", p("fees", "fee_amount", 46.8)]])])
title = "宁川县自然资源和规划局2021年度政府信息公开工作年度报告"
body = f"""<p>根据《中华人民共和国政府信息公开条例》规定，现公布本局2021年度政府信息公开工作年度报告。报告所列数据统计期限为2021年1月1日至12月31日。</p>
<p>一、总体情况</p>
<p>2021年，本局持续推进决策、执行、管理、服务、结果公开，全年新收政府信息公开申请38件。</p>
<p>二、主动公开政府信息情况</p>
{pro_a()}
<p>三、收到和处理政府信息公开申请情况</p>
{three_a()}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{four_split(rv)}
<p>五、存在的主要问题及改进情况</p>
<p>个别答复文书引用条款不够准确。下一步将开展答复文书评查。</p>
<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>
<p style="text-align:right">宁川县自然资源和规划局</p><p style="text-align:right">2022年1月18日</p>"""
write("blind-ningchuan-resources-2021.html", page(title, body, "2022-01-19"))
lines.append({"file": "blind-ningchuan-resources-2021.html", "with": [], "without": [], "quantities": [], "disclosure_template": "2021", "disclosure_diagnostics": [], "disclosure": c.items})

# B. 2020 report on the 2019 template, Word-exported HTML: every cell a <p><span>, headers with <br>, 法人或其它组织,
# the label cells of 三 in three columns with rowspans; 二 joined in one table; blanks written / in 三 and — in 四.
c = Cells()
v = "2019"
b = apps(v, {"disclosed": [9, 2, 0, 0, 0, 0], "partly": [1, 0, 0, 0, 0, 0], "refused_secret": [1, 0, 0, 0, 0, 0],
             "refused_internal": [1, 0, 0, 0, 0, 0], "unavailable_not_held": [5, 1, 0, 0, 0, 0],
             "unavailable_unclear": [1, 0, 0, 0, 0, 0], "unprocessed_petition": [2, 0, 0, 0, 0, 0],
             "other": [1, 0, 0, 0, 0, 0]},
         new=[20, 3, 0, 0, 0, 0], carried_in=[1, 0, 0, 0, 0, 0])
W = lambda x: f'<p class="MsoNormal" align="center"><span style="font-size:10.5pt;font-family:宋体">{x}</span></p>'
def three_b():
    h = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">',
         f'<tr><td colspan="3" rowspan="3">{W("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")}</td><td colspan="7">{W("申请人情况")}</td></tr>',
         f'<tr><td rowspan="2">{W("自然人")}</td><td colspan="5">{W("法人或其它组织")}</td><td rowspan="2">{W("总计")}</td></tr>',
         "<tr>" + "".join(f"<td>{W(x)}</td>" for x in ["商业<br>企业", "科研<br>机构", "社会公益<br>组织", "法律服务<br>机构", "其他"]) + "</tr>"]
    rows = label_rows(v)
    result_rows = [r for r in rows if r[2] not in ("new", "carried_in", "carried_out")]
    seen = set()
    for grp, label, rid in rows:
        vals = "".join(f"<td>{W(c.add('applications', rid, col, b[rid][i], blank_as='/' if col in ('research', 'social', 'legal', 'other_org') else None))}</td>"
                       for i, col in enumerate(COLS))
        if rid in ("new", "carried_in", "carried_out"):
            h.append(f'<tr><td colspan="3">{W(label)}</td>{vals}</tr>'); continue
        lead = f'<td rowspan="{len(result_rows)}">{W("三、本年度办理结果")}</td>' if rid == "disclosed" else ""
        if grp is None:
            h.append(f'<tr>{lead}<td colspan="2">{W(label)}</td>{vals}</tr>')
        else:
            n = sum(1 for g, _, _ in rows if g == grp)
            g = f'<td rowspan="{n}">{W(grp)}</td>' if grp not in seen else ""
            seen.add(grp)
            h.append(f"<tr>{lead}{g}<td>{W(label)}</td>{vals}</tr>")
    h.append("</table>")
    return "\n".join(h)
rvb = review([[1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]])
def four_b():
    res = ["结果<br>维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结", "总计"]
    vals = "".join(f"<td>{W(c.add('review_litigation', g, r, rvb[g][i], blank_as='—' if g == 'litigation_after_review' else None))}</td>"
                   for g in GROUPS for i, r in enumerate(RESULTS))
    return "\n".join(['<table class="MsoNormalTable" border="1">',
                      f'<tr><td colspan="5">{W("行政复议")}</td><td colspan="10">{W("行政诉讼")}</td></tr>',
                      "<tr>" + "".join(f'<td rowspan="2">{W(x)}</td>' for x in res)
                      + f'<td colspan="5">{W("未经复议直接起诉")}</td><td colspan="5">{W("复议后起诉")}</td></tr>',
                      "<tr>" + "".join(f"<td>{W(x)}</td>" for x in res) * 2 + "</tr>",
                      f"<tr>{vals}</tr>", "</table>"])
def pro_b():
    p = lambda row, col, val: c.add("proactive", row, col, val)
    R = lambda cells: "<tr>" + "".join(f"<td>{W(x)}</td>" for x in cells) + "</tr>"
    S = lambda t: f'<tr><td colspan="4">{W(t)}</td></tr>'
    return "\n".join(['<table class="MsoNormalTable" border="1">',
        S("第二十条第（一）项"), R(["信息内容", "本年新<br>制作数量", "本年新<br>公开数量", "对外公开<br>总数量"]),
        R(["规章", p("rules", "made", 0), p("rules", "published_new", 0), p("rules", "public_total", 0)]),
        R(["规范性文件", p("normative", "made", 3), p("normative", "published_new", 3), p("normative", "public_total", 29)]),
        S("第二十条第（五）项"), R(["信息内容", "上一年<br>项目数量", "本年<br>增/减", "处理决定<br>数量"]),
        R(["行政许可", p("licensing", "prev_items", 47), "+" + p("licensing", "change", 2), p("licensing", "decisions", 1630)]),
        R(["其他对外管理服务事项", p("other_services", "prev_items", 12), p("other_services", "change", 0), p("other_services", "decisions", 240)]),
        S("第二十条第（六）项"), R(["信息内容", "上一年<br>项目数量", "本年<br>增/减", "处理决定<br>数量"]),
        R(["行政处罚", p("penalty", "prev_items", 26), p("penalty", "change", -3), p("penalty", "decisions", 95)]),
        R(["行政强制", p("coercion", "prev_items", 4), p("coercion", "change", 0), p("coercion", "decisions", 7)]),
        S("第二十条第（八）项"), R(["信息内容", "上一年<br>项目数量", "本年<br>增/减", ""]),
        R(["行政事业性收费", p("fees", "prev_items", 2), p("fees", "change", 0), ""]),
        S("第二十条第（九）项"), R(["信息内容", "采购<br>项目数量", "采购<br>总金额", ""]),
        R(["政府集中采购", p("procurement", "items", 9), p("procurement", "amount", 186.4), ""]),
        "</table>"])
title = "清河市交通运输局2020年政府信息公开工作年度报告"
body = f"""{W("本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2020年1月1日起至2020年12月31日止。")}
{W("一、总体情况")}
{W("2020年，本局共收到政府信息公开申请23件，全部按时答复。")}
{W("二、主动公开政府信息情况")}
{pro_b()}
{W("三、收到和处理政府信息公开申请情况")}
{three_b()}
{W("四、政府信息公开行政复议、行政诉讼情况")}
{four_b()}
{W("五、存在的主要问题及改进情况")}
{W("公开内容的时效性有待提高，将建立信息发布提醒机制。")}
{W("清河市交通运输局")}{W("2021年1月29日")}"""
write("blind-qinghe-transport-2020.html", page(title, body, "2021-01-30"))
lines.append({"file": "blind-qinghe-transport-2020.html", "with": [], "without": [], "quantities": [], "disclosure_template": "2019", "disclosure_diagnostics": [], "disclosure": c.items})

# C. 2022 report on the 2021 template, plain text with tab-separated cells (a spreadsheet pasted), the header in two
# lines, the group label on its first sub-row, 四 split in two blocks (行政复议, then 行政诉讼).
c = Cells()
v = "2021"
cc = apps(v, {"disclosed": [41, 6, 1, 0, 1, 0], "partly": [5, 1, 0, 0, 0, 0], "refused_law": [1, 0, 0, 0, 0, 0],
              "refused_third_party": [2, 1, 0, 0, 0, 0], "refused_query": [1, 0, 0, 0, 0, 0],
              "unavailable_not_held": [12, 2, 0, 1, 0, 0], "unavailable_needs_making": [2, 0, 0, 0, 0, 0],
              "unavailable_unclear": [1, 0, 0, 0, 0, 0], "unprocessed_petition": [3, 0, 0, 0, 0, 0],
              "unprocessed_confirm": [1, 0, 0, 0, 0, 0], "other_no_fee": [1, 0, 0, 0, 0, 0], "other_other": [2, 0, 0, 0, 0, 0]},
          new=[70, 10, 1, 1, 1, 0], carried_in=[5, 1, 0, 0, 0, 0])
T = "\t"
def three_c():
    out = [T.join(["", "申请人情况"]), T.join(["", "自然人", "法人或其他组织", "", "", "", "", "总计"]),
           T.join(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""])]
    seen = set()
    for grp, label, rid in label_rows(v):
        vals = [c.add("applications", rid, col, cc[rid][i]) for i, col in enumerate(COLS)]
        labels = [label]
        if rid == "disclosed":
            labels = ["三、本年度办理结果", label]
        if grp and grp not in seen:
            seen.add(grp); labels = [grp, label]
        out.append(T.join(labels + vals))
    return "\n".join(out)
rvc = review([[6, 2, 1, 1], [2, 1, 0, 1], [1, 0, 0, 0]])
def four_c():
    r = lambda g: [c.add("review_litigation", g, res, rvc[g][i]) for i, res in enumerate(RESULTS)]
    return "\n".join(["（一）行政复议", T.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]), T.join(r("review")),
                      "（二）行政诉讼", T.join(["未经复议直接起诉", "", "", "", "", "复议后起诉"]),
                      T.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2),
                      T.join(r("litigation_direct") + r("litigation_after_review"))])
def pro_c():
    p = lambda row, col, val: c.add("proactive", row, col, val)
    return "\n".join(["第二十条第（一）项", T.join(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
                      T.join(["规章", p("rules", "made", 2), p("rules", "repealed", 1), p("rules", "in_force", 15)]),
                      T.join(["行政规范性文件", p("normative", "made", 21), p("normative", "repealed", 9), p("normative", "in_force", 164)]),
                      "第二十条第（五）项", T.join(["信息内容", "本年处理决定数量"]), T.join(["行政许可", p("licensing", "decisions", 15230)]),
                      "第二十条第（六）项", T.join(["信息内容", "本年处理决定数量"]),
                      T.join(["行政处罚", p("penalty", "decisions", 2087)]), T.join(["行政强制", p("coercion", "decisions", 64)]),
                      "第二十条第（八）项", T.join(["信息内容", "本年收费金额（单位：万元）"]), T.join(["行政事业性收费", p("fees", "fee_amount", 0)])])
title = "东岭市人民政府2022年政府信息公开工作年度报告"
text = f"""{title}
本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求编制，统计期限为2022年1月1日至2022年12月31日。
一、总体情况
2022年，市政府共新收政府信息公开申请83件。
二、主动公开政府信息情况
{pro_c()}
三、收到和处理政府信息公开申请情况
{three_c()}
四、政府信息公开行政复议、行政诉讼情况
{four_c()}
五、存在的主要问题及改进情况
基层公开标准目录动态调整不够及时，下一步将按季度复核目录。
六、其他需要报告的事项
无。
东岭市人民政府办公室
2023年1月31日
"""
write("blind-dongling-gov-2022.txt", text)
lines.append({"file": "blind-dongling-gov-2022.txt", "with": [], "without": [], "quantities": [], "disclosure_template": "2021", "disclosure_diagnostics": [], "disclosure": c.items})

# D. 2019 report, 2019 template, text converted to pipe tables (| a | b |) with |---| rule lines, blanks as — in
# several columns, the 三 labels as group｜row in two pipe cells; 四 as one pipe table with its three header lines.
c = Cells()
v = "2019"
d = apps(v, {"disclosed": [4, 1, 0, 0, 0, 0], "partly": [1, 0, 0, 0, 0, 0], "refused_case_file": [1, 0, 0, 0, 0, 0],
             "unavailable_not_held": [3, 0, 0, 0, 0, 0], "unprocessed_publication": [1, 0, 0, 0, 0, 0], "other": [1, 0, 0, 0, 0, 0]},
         new=[11, 1, 0, 0, 0, 0], carried_in=[0, 0, 0, 0, 0, 0])
P = lambda cells: "| " + " | ".join(str(x) for x in cells) + " |"
def three_d():
    out = [P(["", "", "申请人情况", "", "", "", "", "", ""]), P(["", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]),
           P(["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]), "|---|---|---|---|---|---|---|---|---|"]
    for grp, label, rid in label_rows(v):
        vals = [c.add("applications", rid, col, d[rid][i], blank_as="—" if col in ("research", "social", "legal", "other_org") else None)
                for i, col in enumerate(COLS)]
        g = grp or ("三、本年度办理结果" if rid not in ("new", "carried_in", "carried_out") else label)
        out.append(P([g, label] + vals))
    return "\n".join(out)
rvd = review([[0, 0, 0, 1], [0, 1, 0, 0], [0, 0, 0, 0]])
def four_d():
    vals = [c.add("review_litigation", g, r, rvd[g][i]) for g in GROUPS for i, r in enumerate(RESULTS)]
    res = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return "\n".join([P(["行政复议"] * 5 + ["行政诉讼"] * 10), P(res + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5),
                      P(res * 3), "|" + "---|" * 15, P(vals)])
def pro_d():
    p = lambda row, col, val: c.add("proactive", row, col, val)
    return "\n".join(["第二十条第（一）项", P(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]), "|---|---|---|---|",
                      P(["规章", p("rules", "made", 0), p("rules", "published_new", 0), p("rules", "public_total", 0)]),
                      P(["规范性文件", p("normative", "made", 1), p("normative", "published_new", 1), p("normative", "public_total", 11)]),
                      "第二十条第（五）项", P(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]), "|---|---|---|---|",
                      P(["行政许可", p("licensing", "prev_items", 18), p("licensing", "change", 0), p("licensing", "decisions", 402)]),
                      P(["其他对外管理服务事项", p("other_services", "prev_items", 6), "+" + p("other_services", "change", 1), p("other_services", "decisions", 55)]),
                      "第二十条第（六）项", P(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]), "|---|---|---|---|",
                      P(["行政处罚", p("penalty", "prev_items", 9), p("penalty", "change", 0), p("penalty", "decisions", 31)]),
                      P(["行政强制", p("coercion", "prev_items", 2), p("coercion", "change", 0), p("coercion", "decisions", 0)]),
                      "第二十条第（八）项", P(["信息内容", "上一年项目数量", "本年增/减"]), "|---|---|---|",
                      P(["行政事业性收费", p("fees", "prev_items", 1), p("fees", "change", 0)]),
                      "第二十条第（九）项", P(["信息内容", "采购项目数量", "采购总金额"]), "|---|---|---|",
                      P(["政府集中采购", p("procurement", "items", 3), p("procurement", "amount", 42.5)])])
title = "南溪镇人民政府2019年政府信息公开工作年度报告"
text = f"""{title}
本年度报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2019年1月1日至2019年12月31日。
一、总体情况
2019年，我镇收到政府信息公开申请12件，均在法定期限内办结。
二、主动公开政府信息情况
{pro_d()}
三、收到和处理政府信息公开申请情况
{three_d()}
四、政府信息公开行政复议、行政诉讼情况
{four_d()}
五、存在的主要问题及改进情况
栏目更新不够及时，今后将明确专人负责。
南溪镇人民政府
2020年1月15日
"""
write("blind-nanxi-town-2019.txt", text)
lines.append({"file": "blind-nanxi-town-2019.txt", "with": [], "without": [], "quantities": [], "disclosure_template": "2019", "disclosure_diagnostics": [], "disclosure": c.items})

# E (round 2, written after the fixes above). 2021 report, HTML: 三 broken across two tables where the Word page
# broke it (the second part, from （四）无法提供 on, has no header rows), ASCII quotes in "三安全一稳定", full-width
# numbering dots (1．); 四 in one table.
c = Cells()
v = "2021"
e = apps(v, {"disclosed": [22, 4, 0, 0, 1, 0], "partly": [3, 0, 0, 0, 0, 0], "refused_safety": [1, 0, 0, 0, 0, 0],
             "unavailable_not_held": [9, 1, 0, 0, 0, 0], "unavailable_unclear": [2, 0, 0, 0, 0, 0],
             "unprocessed_repeat": [1, 0, 0, 0, 0, 0], "other_other": [2, 0, 0, 0, 0, 0]},
         new=[38, 5, 0, 0, 1, 0], carried_in=[3, 0, 0, 0, 0, 0])
def three_e():
    head = ['<table border="1">',
            '<tr><td colspan="3" rowspan="3"></td><td colspan="7">申请人情况</td></tr>',
            '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
            '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>']
    h = list(head)
    rows = label_rows(v)
    seen = set()
    for grp, label, rid in rows:
        label = label.replace("“", '"').replace("”", '"').replace(".", "．", 1) if label[0].isdigit() else label
        vals = "".join(f"<td>{c.add('applications', rid, col, e[rid][i])}</td>" for i, col in enumerate(COLS))
        if grp == "（四）无法提供" and grp not in seen:
            h.append("</table>")
            h.append('<p style="page-break-before:always"></p>')
            h.append('<table border="1">')
        if rid in ("new", "carried_in", "carried_out"):
            h.append(f'<tr><td colspan="3">{label}</td>{vals}</tr>'); continue
        if grp is None:
            h.append(f'<tr><td>三、本年度办理结果</td><td colspan="2">{label}</td>{vals}</tr>')
        else:
            n = sum(1 for g, _, _ in rows if g == grp)
            g = f'<td rowspan="{n}">{grp}</td>' if grp not in seen else ""
            seen.add(grp)
            h.append(f"<tr><td>三、本年度办理结果</td>{g}<td>{label}</td>{vals}</tr>" if g else f"<tr><td>三、本年度办理结果</td><td>{label}</td>{vals}</tr>")
    h.append("</table>")
    return "\n".join(h)
rve = review([[2, 0, 0, 1], [0, 1, 0, 0], [1, 0, 0, 0]])
def four_e():
    vals = "".join(f"<td>{c.add('review_litigation', g, r, rve[g][i])}</td>" for g in GROUPS for i, r in enumerate(RESULTS))
    res = "".join(f"<td>{x}</td>" for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
    return "\n".join(['<table border="1">', '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
                      '<tr>' + res.replace("<td>", '<td rowspan="2">') + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
                      "<tr>" + res * 2 + "</tr>", f"<tr>{vals}</tr>", "</table>"])
title = "西坪区卫生健康局2021年政府信息公开工作年度报告"
body = f"""<p>本报告统计期限自2021年1月1日起至2021年12月31日止。</p>
<p>三、收到和处理政府信息公开申请情况</p>
{three_e()}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{four_e()}
<p>五、存在的主要问题及改进情况</p><p>政策解读的形式还不够丰富。</p>
<p>西坪区卫生健康局</p><p>2022年1月20日</p>"""
write("blind-xiping-health-2021.html", page(title, body, "2022-01-21"))
lines.append({"file": "blind-xiping-health-2021.html", "with": [], "without": [], "quantities": [], "disclosure_template": "2021", "disclosure_diagnostics": [], "disclosure": c.items})

with open(os.path.join(OUT, "expected.jsonl"), "w", encoding="utf-8") as f:
    for l in lines:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
