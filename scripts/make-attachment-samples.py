#!/usr/bin/env python3
"""Writes the attachment versions of govreports' own sample reports (issue 22).

Input: a JSON file {"reports": [{"name", "title", "lines"}...], "disclosure": {"name", "title", "blocks"}}
made by make-attachment-samples.sh from the pipeline's own reading of samples/*.html. Output, in OUT:
  <name>.cid.pdf   non-embedded Adobe-GB1 CID font (STSong-Light: needs poppler-data to decode), running
                   header and footer with page numbers on every page
  <name>.ttf.pdf   an embedded TrueType font (AR PL UMing from fonts-arphic-uming), a different footer style
  <name>.2col.pdf  two text columns per page (first report only)
  <name>.body.html the body as plain HTML, which LibreOffice converts to .docx and .doc
  disclosure.pdf   a disclosure report with its tables; disclosure.body.html its HTML version
"""
import html
import json
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

TTF_PATH = "/usr/share/fonts/truetype/arphic/uming.ttc"


def styles(font):
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, firstLineIndent=0, spaceBefore=6)
    title = ParagraphStyle("title", parent=body, fontSize=18, leading=28, firstLineIndent=0, alignment=1, spaceAfter=12)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=13, wordWrap="CJK")
    return body, heading, title, cell


def is_heading(line):
    # Short lines that open a section (一、/（一）) are set as headings: no indent, so the reader sees a new paragraph.
    return len(line) <= 30 and line[:1] in "一二三四五六七八九十（(" and "。" not in line


def story(report, font):
    body, heading, title, cell = styles(font)
    out = [Paragraph(html.escape(report["title"]), title)]
    for block in report.get("blocks") or [{"p": line} for line in report["lines"]]:
        if "table" in block:
            rows = [[Paragraph(html.escape(c), cell) for c in row] for row in block["table"]]
            t = Table(rows, repeatRows=1, hAlign="LEFT")
            spans = [("SPAN",) + tuple(s) for s in block.get("spans", [])]
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
            out.append(t)
        else:
            line = block["p"]
            out.append(Paragraph(html.escape(line), heading if is_heading(line) else body))
    return out


def build(path, report, font, footer, columns=1):
    width, height = A4
    margin = 25 * mm

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawCentredString(width / 2, height - 15 * mm, report["header"])
        canvas.drawCentredString(width / 2, 12 * mm, footer(doc.page))
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin, title=report["title"], author="govreports samples")
    gap = 8 * mm
    frame_width = (doc.width - gap * (columns - 1)) / columns
    frames = [Frame(doc.leftMargin + k * (frame_width + gap), doc.bottomMargin, frame_width, doc.height, id=f"c{k}")
              for k in range(columns)]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=furniture)])
    doc.build(story(report, font))


def body_html(report):
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             f"<title>{html.escape(report['title'])}</title></head><body>", f"<h1>{html.escape(report['title'])}</h1>"]
    for block in report.get("blocks") or [{"p": line} for line in report["lines"]]:
        if "table" in block:
            covered = set()
            spans = {}
            for (c0, r0), (c1, r1) in block.get("spans", []):
                spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
            parts.append('<table border="1">')
            for r, row in enumerate(block["table"]):
                cells = []
                for c, text in enumerate(row):
                    if (r, c) in covered:
                        continue
                    rs, cs = spans.get((r, c), (1, 1))
                    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                    cells.append(f"<td{attrs}>{html.escape(text)}</td>")
                parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("</table>")
        else:
            tag = "h2" if is_heading(block["p"]) else "p"
            parts.append(f"<{tag}>{html.escape(block['p'])}</{tag}>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    out = sys.argv[2]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("UMing", TTF_PATH, subfontIndex=0))
    for i, report in enumerate(spec["reports"]):
        name = report["name"]
        build(f"{out}/{name}.cid.pdf", report, "STSong-Light", lambda n: f"第 {n} 页")
        build(f"{out}/{name}.ttf.pdf", report, "UMing", lambda n: f"- {n} -")
        if i == 0:
            build(f"{out}/{name}.2col.pdf", report, "STSong-Light", lambda n: f"{n}", columns=2)
        with open(f"{out}/{name}.body.html", "w", encoding="utf-8") as f:
            f.write(body_html(report))
    d = spec["disclosure"]
    build(f"{out}/{d['name']}.pdf", d, "STSong-Light", lambda n: f"第{n}页")
    with open(f"{out}/{d['name']}.html", "w", encoding="utf-8") as f:
        f.write(body_html(d))


if __name__ == "__main__":
    main()
