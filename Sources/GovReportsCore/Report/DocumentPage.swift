/// One document's audit page: diagnostics, metadata with provenance, the normalized text with every quantity
/// highlighted and the removed chrome struck through where it stood, then quantities, sections and citations.
struct DocumentPage {
    /// The extract record.
    let document: ExtractedDocument
    /// Removed lines placed among the text's lines; nil when the clean record could not be read.
    let placement: ChromePlacement?
    /// Text outside the body placed around the text's lines; nil when the normalize record could not be read.
    var outside: OutsideBodyPlacement? = nil
    /// Why the clean record is missing or unreadable, when it is.
    let cleanProblem: String?
    /// Where each metadata field came from.
    let provenance: MetadataProvenance
    /// This document's failures in the last run (its records are then the last good ones).
    let failures: [Failure]
    /// Indicator labels by id.
    let indicatorLabels: [String: String]
    /// The document's tables (from the normalize record).
    let tables: [TableGrid]
    /// Whether normalize folded full-width characters (table cells are matched to the text as it folded them).
    let foldFullWidth: Bool

    /// Quantities that can be highlighted: inside the text, non-empty, after the previous one (in order).
    static func highlightable(_ quantities: [QuantityRecord], chars: Int) -> (shown: [QuantityRecord], skipped: [QuantityRecord]) {
        var shown: [QuantityRecord] = []
        var skipped: [QuantityRecord] = []
        var end = 0
        for q in quantities.sorted(by: { ($0.charStart, $0.mention) < ($1.charStart, $1.mention) }) {
            if q.charStart >= end, q.charStart < q.charEnd, q.charEnd <= chars {
                shown.append(q)
                end = q.charEnd
            } else {
                skipped.append(q)
            }
        }
        return (shown, skipped)
    }

    /// Renders the page.
    func render() -> [UInt8] {
        let d = document
        var w = HTMLWriter(capacity: d.text.utf8.count * 2 + d.quantities.count * 400 + 16_384)
        let title = d.metadata.title ?? d.source
        ReportStyle.open(&w, title: title, root: "../")
        w.raw("<h1>")
        w.text(title)
        w.raw("</h1><p class=\"muted small\">doc_id <code>")
        w.text(d.docID)
        w.raw("</code> · source <code>")
        w.text(d.source)
        w.raw("</code> · sha256 <code>")
        w.text(String(d.sha256.prefix(16)))
        w.raw("…</code></p>")
        let (shown, skipped) = Self.highlightable(d.quantities, chars: d.chars)
        let grids = TablePlacement(tables: tables, text: d.text, foldFullWidth: foldFullWidth, quantities: shown)
        diagnostics(&w, skipped: skipped, tables: grids)
        cards(&w)
        w.raw("<div class=\"doc\"><section><h2>Text</h2><p class=\"legend small muted\">")
        w.raw("<span><i class=\"sw\" style=\"background:var(--q)\"></i>quantity</span>")
        w.raw("<span><i class=\"sw\" style=\"background:#d6ecff\"></i>quantity counted for an indicator</span>")
        w.raw("<span><i class=\"sw\" style=\"background:#fbeaea\"></i><del>removed as chrome</del> [rule]</span>")
        w.raw("<span><i class=\"sw\" style=\"background:#fdf3f3;border-style:dashed\"></i>removed element</span>")
        w.raw("<span><i class=\"sw\" style=\"background:#f4f0f7;border-style:dotted\"></i>outside the body</span>")
        w.raw("<span><span class=\"sec\">一/(二)</span>section start</span> Hover a quantity for its value, unit and indicator; click it for its row.</p>")
        text(&w, shown: shown, tables: grids)
        tableList(&w, grids)
        w.raw("</section><aside class=\"side\">")
        metadata(&w)
        sections(&w)
        citations(&w)
        w.raw("</aside></div>")
        quantityTable(&w, shown: Set(shown.map(\.mention)))
        ReportStyle.close(&w)
        return w.bytes
    }

    /// Failures, warnings and page-level problems, on top.
    private func diagnostics(_ w: inout HTMLWriter, skipped: [QuantityRecord], tables: TablePlacement) {
        w.raw("<h2 id=\"diagnostics\">Diagnostics</h2>")
        if failures.isEmpty && document.diagnostics.isEmpty && skipped.isEmpty && cleanProblem == nil
            && (placement?.unplaced.isEmpty ?? true) && tables.unplaced.isEmpty && !(outside?.truncated ?? false) {
            w.raw("<div class=\"ok\">No diagnostics.</div>")
            return
        }
        for f in failures {
            w.raw("<div class=\"diag fail\"><b>failed at ")
            w.text(f.stage.rawValue)
            w.raw("</b> in the last run; the records shown are the last good ones. <code>")
            w.text("[\(f.code.rawValue)] " + f.reason)
            w.raw("</code></div>")
        }
        for diagnostic in document.diagnostics {
            w.raw(diagnostic.severity == .error ? "<div class=\"diag fail\">" : "<div class=\"diag\">")
            w.text(diagnostic.message)
            w.raw(" <code>[")
            w.text("\(diagnostic.stage.rawValue) · \(diagnostic.severity.rawValue) · \(diagnostic.code.rawValue)")
            w.raw("]</code></div>")
        }
        if let cleanProblem {
            w.raw("<div class=\"diag\">removed chrome not shown: ")
            w.text(cleanProblem)
            w.raw("</div>")
        }
        if let placement, !placement.unplaced.isEmpty {
            w.raw("<div class=\"diag\">\(placement.unplaced.count) removed line(s) without a recorded place are shown at the top of the text.</div>")
        }
        if let outside, outside.truncated {
            w.raw("<div class=\"diag\">the page's text outside the body is recorded only up to ")
            w.int(OutsideBody.maxRecordedScalarsPerSide)
            w.raw(" characters before the body and as many after it; the rest of it is not shown.</div>")
        }
        for t in tables.unplaced {
            w.raw("<div class=\"diag\">table ")
            w.int(t.table.index)
            w.raw(" is not shown in place (")
            w.text(t.reason)
            w.raw("): its lines stay plain text; the grid is shown <a href=\"#tables\">below the text</a>.</div>")
        }
        if !skipped.isEmpty {
            w.raw("<div class=\"diag\">")
            w.int(skipped.count)
            w.raw(" quantity row(s) overlap another or point outside the text and are not highlighted: ")
            w.text(skipped.map { "#\($0.mention)" }.joined(separator: ", "))
            w.raw("</div>")
        }
    }

    /// Headline counts.
    private func cards(_ w: inout HTMLWriter) {
        let d = document
        let parts = StandardPart.allCases.filter { $0 != .other }
        let present = parts.filter { d.hasPart($0) }
        w.raw("<div class=\"cards\">")
        for (label, value) in [("characters", String(d.chars)), ("quantities", String(d.quantities.count)),
                               ("indicator values", String(d.indicators.count)), ("sections", String(d.sections.count)),
                               ("citations", String(d.citations.count)), ("tables", String(tables.count)),
                               ("standard parts", "\(present.count)/\(parts.count)")] {
            w.raw("<div class=\"card\"><b>")
            w.text(value)
            w.raw("</b><span class=\"muted small\">")
            w.text(label)
            w.raw("</span></div>")
        }
        w.raw("</div>")
    }

    /// The text: scalars escaped one by one, with anchors, highlights, table markup and struck-through chrome
    /// inserted at their offsets. Offsets count Unicode scalars, as `char_start`/`char_end` do.
    private func text(_ w: inout HTMLWriter, shown: [QuantityRecord], tables: TablePlacement) {
        let d = document
        w.raw("<div class=\"text\" id=\"text\">")
        if let outside { outsideBlocks(&w, outside.before) }
        if let placement { removedLines(&w, placement.unplaced, note: " (place not recorded)") }
        let marks = tables.marks
        var mi = 0
        var line = 0
        var qi = 0
        var si = 0
        var ci = 0
        var openEnd = -1
        let sections = d.sections.enumerated().sorted { ($0.element.charStart, $0.offset) < ($1.element.charStart, $1.offset) }
        let citations = d.citations.sorted { $0.charStart < $1.charStart }
        var atLineStart = true
        var nextChrome = 0
        var offset = 0
        var text = d.text
        // Walks the UTF-8 bytes: a byte that is not a continuation byte starts the scalar at `offset`, where the
        // insertions for that offset go. Bytes between insertions and escapes are copied in runs, never rebuilt
        // into strings; `nextEvent` is the next offset where anything is inserted, so other scalars cost one compare.
        var nextEvent = 0
        text.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b & 0xC0 != 0x80 {
                    if offset >= nextEvent || atLineStart {
                        if runStart < i { w.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                        runStart = i
                        if offset == openEnd {
                            w.raw("</a>")
                            openEnd = -1
                        }
                        // Table markup closing a cell or row here, then the removed lines before this line, then
                        // table markup opening one.
                        while mi < marks.count, marks[mi].offset <= offset, marks[mi].phase == 0 { w.raw(marks[mi].markup); mi += 1 }
                        if atLineStart {
                            lineChrome(&w, line: line, tables: tables)
                            atLineStart = false
                            nextChrome = line + 1
                        }
                        while mi < marks.count, marks[mi].offset <= offset { w.raw(marks[mi].markup); mi += 1 }
                        if openEnd < 0 {
                            while si < sections.count, sections[si].element.charStart <= offset {
                                if sections[si].element.charStart == offset {
                                    w.raw("<span class=\"sec aux\" id=\"sec-")
                                    w.int(sections[si].offset + 1)
                                    w.raw("\">§")
                                    w.text(sections[si].element.path)
                                    w.raw("</span>")
                                }
                                si += 1
                            }
                            while ci < citations.count, citations[ci].charStart <= offset {
                                if citations[ci].charStart == offset {
                                    w.raw("<span class=\"aux\" id=\"cite-")
                                    w.int(citations[ci].citation)
                                    w.raw("\"></span>")
                                }
                                ci += 1
                            }
                            if qi < shown.count, shown[qi].charStart == offset {
                                openMark(&w, shown[qi])
                                openEnd = shown[qi].charEnd
                                qi += 1
                            }
                        }
                        let nextMark = mi < marks.count ? marks[mi].offset : Int.max
                        nextEvent = openEnd >= 0 ? min(openEnd, nextMark) : min(
                            si < sections.count ? sections[si].element.charStart : Int.max,
                            ci < citations.count ? citations[ci].charStart : Int.max,
                            qi < shown.count ? shown[qi].charStart : Int.max, nextMark)
                    }
                    offset += 1
                    if b < 0x80, HTMLWriter.needsEscape(b) {
                        if runStart < i { w.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                        w.byte(b)
                        runStart = i + 1
                    } else if b == 0x0A {
                        line += 1
                        atLineStart = true
                    }
                }
                i += 1
            }
            if runStart < bytes.count { w.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
        }
        if openEnd >= 0 { w.raw("</a>") }
        // Table markup at the end of the text (a table in the last lines).
        while mi < marks.count { w.raw(marks[mi].markup); mi += 1 }
        // Chrome after the last line (footers), and any placed past the text; then what stood after the body.
        var pastEnd = Set((placement?.before ?? [:]).keys.filter { $0 >= nextChrome })
        pastEnd.formUnion((outside?.between ?? [:]).keys.filter { $0 >= nextChrome })
        for at in pastEnd.sorted() {
            outsideBlocks(&w, outside?.between[at] ?? [])
            removedLines(&w, placement?.before[at] ?? [], note: "")
        }
        if let outside { outsideBlocks(&w, outside.after) }
        w.raw("</div>")
    }

    /// The removed lines shown before text line `line`; inside a table (before its second or later row) they take
    /// a row of their own, as nothing else may stand between rows.
    private func lineChrome(_ w: inout HTMLWriter, line: Int, tables: TablePlacement) {
        let between = outside?.between[line] ?? []
        let removed = placement?.before[line] ?? []
        guard !removed.isEmpty || !between.isEmpty else { return }
        if let columns = tables.innerRowLines[line] {
            w.raw("<tr class=\"chrome-row\"><td colspan=\"")
            w.int(columns)
            w.raw("\">")
            outsideBlocks(&w, between)
            removedLines(&w, removed, note: "")
            w.raw("</td></tr>")
        } else {
            outsideBlocks(&w, between)
            removedLines(&w, removed, note: "")
        }
    }

    /// Blocks of text outside the body, each framed and labelled with where it stood and the chrome element (or
    /// `outside-body`) that kept it out, its lines struck through.
    private func outsideBlocks(_ w: inout HTMLWriter, _ blocks: [OutsideBodyBlock]) {
        for b in blocks {
            w.raw("<div class=\"outside-body aux\" data-place=\"")
            w.raw(b.place.rawValue)
            w.raw("\" data-rule=\"")
            w.text(b.rule)
            w.raw("\" title=\"page text outside the body, not in the datasets\"><span class=\"el-label aux\">outside the body (")
            w.raw(b.place.rawValue)
            w.raw(") · ")
            w.text(b.rule)
            w.raw("</span>")
            for line in b.lines { chrome(&w, RemovedLine(line: line, rule: b.rule), note: "") }
            w.raw("</div>")
        }
    }

    /// Removed lines in order: a run of lines from one chrome element (rule `element …`) as one framed block
    /// labelled with the element, other lines one by one.
    private func removedLines(_ w: inout HTMLWriter, _ lines: [RemovedLine], note: String) {
        var i = 0
        while i < lines.count {
            let rule = lines[i].rule
            var j = i + 1
            if rule.hasPrefix(Self.elementRulePrefix) {
                while j < lines.count, lines[j].rule == rule { j += 1 }
                w.raw("<div class=\"removed-element aux\" title=\"a whole element removed as chrome\"><span class=\"el-label aux\">removed ")
                w.text(rule + note)
                w.raw("</span>")
                for r in lines[i..<j] { chrome(&w, r, note: note) }
                w.raw("</div>")
            } else {
                chrome(&w, lines[i], note: note)
            }
            i = j
        }
    }

    /// How clean names the rule of a line it removed with its whole chrome element (`element share`).
    static let elementRulePrefix = "element"

    /// Every table of the document: where it is shown, and the grids not shown in place drawn here (escaped).
    private func tableList(_ w: inout HTMLWriter, _ grids: TablePlacement) {
        guard !tables.isEmpty else { return }
        w.raw("<h2 id=\"tables\">Tables</h2><p class=\"muted small\">")
        w.int(tables.count)
        w.raw(" table(s); ")
        w.int(grids.placedCount)
        w.raw(" shown in place in the text above.</p>")
        for u in grids.unplaced {
            w.raw("<h3>table ")
            w.int(u.table.index)
            w.raw(" <span class=\"muted small\">not in place: ")
            w.text(u.reason)
            w.raw("</span></h3><table class=\"grid listed\">")
            for (r, row) in u.table.rows.enumerated() {
                w.raw("<tr>")
                for (c, cell) in row.enumerated() {
                    let header = cell.isHeader || r < u.table.headerRows || c < u.table.headerColumns
                    w.raw(header ? "<th" : "<td")
                    w.raw(cell.isSpanned ? " class=\"spanned\">" : ">")
                    w.text(cell.text)
                    w.raw(header ? "</th>" : "</td>")
                }
                w.raw("</tr>")
            }
            w.raw("</table>")
        }
    }

    /// A highlighted quantity: a link to its row, its fields as data attributes and as the hover title.
    private func openMark(_ w: inout HTMLWriter, _ q: QuantityRecord) {
        w.raw(q.indicator == nil ? "<a class=\"q\" id=\"q" : "<a class=\"q ind\" id=\"q")
        w.int(q.mention)
        w.raw("\" href=\"#row-q")
        w.int(q.mention)
        w.raw("\" data-mention=\"")
        w.int(q.mention)
        w.raw("\" data-start=\"")
        w.int(q.charStart)
        w.raw("\" data-end=\"")
        w.int(q.charEnd)
        w.raw("\" data-value=\"")
        w.number(q.value)
        w.raw("\" data-unit=\"")
        w.text(q.unit ?? "")
        w.raw("\" data-indicator=\"")
        w.text(q.indicator ?? "")
        w.raw("\" title=\"#")
        w.int(q.mention)
        w.raw(": value ")
        w.number(q.value)
        if let max = q.valueMax { w.raw("–"); w.number(max) }
        w.raw(" · unit ")
        w.text(q.unit ?? "none")
        if let a = q.approx { w.raw(" · approx "); w.text(a) }
        if let i = q.indicator { w.raw(" · indicator "); w.text(i); w.raw(" "); w.text(indicatorLabels[i] ?? "") }
        if let s = q.subject { w.raw(" · subject "); w.text(s) }
        w.raw("\">")
    }

    /// A removed line, struck through, with its rule.
    private func chrome(_ w: inout HTMLWriter, _ r: RemovedLine, note: String) {
        w.raw("<del class=\"chrome aux\" data-rule=\"")
        w.text(r.rule + note)
        w.raw("\" title=\"removed by rule ")
        w.text(r.rule + note)
        w.raw("\">")
        w.text(r.line)
        w.raw("</del>")
    }

    /// Metadata with where each field came from.
    private func metadata(_ w: inout HTMLWriter) {
        w.raw("<h2>Metadata</h2><table><tr><th>field</th><th>value</th><th>where from</th></tr>")
        for row in provenance.rows {
            w.raw("<tr><td><code>")
            w.text(row.field)
            w.raw("</code></td><td>")
            if let v = row.value { w.text(v) } else { w.raw("<span class=\"muted\">—</span>") }
            w.raw("</td><td class=\"small\">")
            w.text(row.origin)
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }

    /// The section tree with standard-part labels, linked to the text.
    private func sections(_ w: inout HTMLWriter) {
        w.raw("<h2>Sections</h2>")
        guard !document.sections.isEmpty else { w.raw("<p class=\"muted\">No headings found.</p>"); return }
        w.raw("<table><tr><th>path</th><th>title</th><th>part</th></tr>")
        for (i, s) in document.sections.enumerated() {
            w.raw("<tr><td><a href=\"#sec-")
            w.int(i + 1)
            w.raw("\">")
            w.text(s.path)
            w.raw("</a></td><td style=\"padding-left:")
            w.int(4 + max(0, s.level - 1) * 12)
            w.raw("px\">")
            w.text(s.title)
            w.raw("</td><td>")
            // The part is shown where it is decided: on a top-level heading (`第一部分` or `一、`).
            if s.parent == nil { w.text(s.part.rawValue) }
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }

    /// Citations, linked to the text.
    private func citations(_ w: inout HTMLWriter) {
        w.raw("<h2>Citations</h2>")
        guard !document.citations.isEmpty else { w.raw("<p class=\"muted\">No citations found.</p>"); return }
        w.raw("<table><tr><th>#</th><th>kind</th><th>citation</th><th>detail</th></tr>")
        for c in document.citations {
            w.raw("<tr><td><a href=\"#cite-")
            w.int(c.citation)
            w.raw("\">")
            w.int(c.citation)
            w.raw("</a></td><td>")
            w.text(c.kind.rawValue)
            w.raw("</td><td>")
            w.text(c.kind == .title ? "《\(c.text)》" : c.text)
            w.raw("</td><td class=\"small\">")
            var detail: [String] = []
            if let k = c.titleKind { detail.append(k) }
            if let i = c.issuer { detail.append("issuer \(i)") }
            if let y = c.year { detail.append("year \(y)") }
            if let s = c.serial { detail.append("no. \(s)") }
            w.text(detail.joined(separator: " · "))
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }

    /// Every row of `quantities.csv` for this document, each linked to its highlight.
    private func quantityTable(_ w: inout HTMLWriter, shown: Set<Int>) {
        w.raw("<h2 id=\"quantities\">Quantities (rows of quantities.csv)</h2>")
        guard !document.quantities.isEmpty else { w.raw("<p class=\"muted\">No quantities.</p>"); return }
        w.raw("<table><tr><th class=\"n\">mention</th><th>text</th><th class=\"n\">value</th><th class=\"n\">value_max</th><th>unit</th><th>kind</th><th>approx</th><th>section</th><th>indicator</th><th>subject</th><th class=\"n\">char_start</th><th class=\"n\">char_end</th></tr>")
        for q in document.quantities {
            w.raw("<tr id=\"row-q")
            w.int(q.mention)
            w.raw("\"><td class=\"n\">")
            if shown.contains(q.mention) {
                w.raw("<a href=\"#q"); w.int(q.mention); w.raw("\">"); w.int(q.mention); w.raw("</a>")
            } else {
                w.int(q.mention)
            }
            w.raw("</td><td>")
            w.text(q.text)
            w.raw("</td><td class=\"n\">")
            w.number(q.value)
            w.raw("</td><td class=\"n\">")
            if let m = q.valueMax { w.number(m) }
            w.raw("</td><td>")
            w.text(q.unit ?? "")
            w.raw("</td><td>")
            w.text(q.kind.rawValue)
            w.raw("</td><td>")
            w.text(q.approx ?? "")
            w.raw("</td><td>")
            w.text(q.section)
            w.raw("</td><td>")
            if let i = q.indicator {
                w.text(i)
                if let label = indicatorLabels[i] { w.raw(" <span class=\"muted small\">"); w.text(label); w.raw("</span>") }
            }
            w.raw("</td><td>")
            w.text(q.subject ?? "")
            w.raw("</td><td class=\"n\">"); w.int(q.charStart)
            w.raw("</td><td class=\"n\">"); w.int(q.charEnd)
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }
}
