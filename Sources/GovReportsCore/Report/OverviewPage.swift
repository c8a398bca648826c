/// The report's entry page: corpus at a glance (province × year, levels, agency types, standard parts),
/// failures and diagnostics by code with links, and every document.
struct OverviewPage {
    /// The tallies.
    let tally: ReportTally
    /// One row per document, in run order.
    let rows: [OverviewRow]
    /// Failures of the last run.
    let failures: [Failure]
    /// Where the datasets are, for the header.
    let outputPath: String

    /// Renders `index.html`.
    func render() -> [UInt8] {
        var w = HTMLWriter(capacity: rows.count * 400 + 65_536)
        ReportStyle.open(&w, title: "govreports report: overview", root: "")
        w.raw("<h1>Overview</h1><p class=\"muted\">Datasets in <code>")
        w.text(outputPath)
        w.raw("</code>. Every chart below is drawn from the same records as the CSV files.</p><div class=\"cards\">")
        let pages = rows.filter { $0.link != nil }.count
        for (label, value) in [("documents", rows.count), ("with records", pages), ("failed in the last run", Set(failures.map(\.docID)).count),
                               ("quantities", tally.quantities), ("indicator values", tally.indicatorMentions),
                               ("with diagnostics", rows.filter { $0.warnings > 0 }.count)] {
            w.raw("<div class=\"card\"><b>\(value)</b><span class=\"muted small\">")
            w.text(label)
            w.raw("</span></div>")
        }
        w.raw("</div><div class=\"grid\"><div class=\"panel\"><h3>Documents by province × report year</h3>")
        heatMap(&w)
        w.raw("</div><div class=\"panel\"><h3>By administrative level</h3>")
        let levels = (AdminLevel.allCases.map(\.rawValue) + [ReportTally.unknown]).compactMap { level in
            tally.adminLevels[level].map { (label: level, count: $0) }
        }
        SVGChart.bars(&w, levels, total: tally.documents, caption: "documents by administrative level")
        w.raw("<h3>By agency type</h3>")
        let types = tally.agencyTypes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { (label: $0.key, count: $0.value) }
        SVGChart.bars(&w, types, total: tally.documents, caption: "documents by agency type", color: "#6a8f4e")
        w.raw("</div><div class=\"panel\"><h3>Standard parts present</h3>")
        let parts = StandardPart.allCases.filter { $0 != .other }.map { (label: Self.partLabel($0), count: tally.parts[$0] ?? 0) }
        SVGChart.bars(&w, parts, total: tally.documents, caption: "documents with each standard part", color: "#8a5a9e")
        w.raw("<h3>Documents by number of parts present</h3>")
        SVGChart.bars(&w, (0...4).reversed().map { (label: "\($0) of 4", count: tally.partCounts[$0] ?? 0) },
                      total: tally.documents, caption: "documents by number of standard parts", color: "#8a5a9e")
        w.raw("</div></div>")
        failuresSection(&w)
        diagnosticsSection(&w)
        documentsTable(&w)
        ReportStyle.close(&w)
        return w.bytes
    }

    /// Short bilingual label of a standard part.
    static func partLabel(_ part: StandardPart) -> String {
        switch part {
        case .measures: return "主要举措和成效 measures"
        case .leaderDuty: return "第一责任人职责 leader duty"
        case .problems: return "存在的问题 problems"
        case .plan: return "下一年度安排 plan"
        case .other: return "other"
        }
    }

    /// Province rows (most documents first) × year columns.
    private func heatMap(_ w: inout HTMLWriter) {
        let years = tally.yearLabels
        let provinces = tally.provinceYear.map { ($0.key, $0.value.values.reduce(0, +)) }
            .sorted { a, b in
                if (a.0 == ReportTally.unknown) != (b.0 == ReportTally.unknown) { return b.0 == ReportTally.unknown }
                return (b.1, a.0) < (a.1, b.0)
            }.map(\.0)
        guard !provinces.isEmpty else { w.raw("<p class=\"muted\">No documents.</p>"); return }
        SVGChart.heatMap(&w, rows: provinces, columns: years, count: { r, c in tally.provinceYear[provinces[r]]?[years[c]] ?? 0 },
                         caption: "documents by province and report year")
        w.raw("<p class=\"small muted\">? = not found. Darker cells hold more reports.</p>")
    }

    /// Failures by stage and reason, with links.
    private func failuresSection(_ w: inout HTMLWriter) {
        w.raw("<h2 id=\"failures\">Failures in the last run</h2>")
        guard !failures.isEmpty else { w.raw("<div class=\"ok\">No document failed.</div>"); return }
        var groups: [String: [Failure]] = [:]
        for f in failures { groups["\(f.stage.rawValue): \(f.code.rawValue)", default: []].append(f) }
        let paged = Set(rows.compactMap { $0.link?.docID })
        w.raw("<table><tr><th>stage: code</th><th class=\"n\">documents</th><th>documents and reasons</th></tr>")
        for (code, list) in groups.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) {
            w.raw("<tr><td><code>")
            w.text(code)
            w.raw("</code></td><td class=\"n\">\(list.count)</td><td class=\"small\">")
            for f in list.prefix(ReportTally.linksPerCode) {
                let hasPage = paged.contains(f.docID)
                if hasPage { w.raw("<a href=\"documents/"); w.text(f.docID); w.raw(".html\">") }
                w.text(f.source)
                if hasPage { w.raw("</a>") }
                w.raw(": ")
                w.text(f.reason)
                w.raw("<br>")
            }
            if list.count > ReportTally.linksPerCode { w.raw("… and \(list.count - ReportTally.linksPerCode) more") }
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }

    /// Diagnostics grouped by their stable code, with links to (up to `linksPerCode`) documents.
    private func diagnosticsSection(_ w: inout HTMLWriter) {
        w.raw("<h2 id=\"diagnostics\">Diagnostics by code</h2>")
        guard !tally.warnings.isEmpty else { w.raw("<div class=\"ok\">No document has a diagnostic.</div>"); return }
        w.raw("<table><tr><th>code</th><th class=\"n\">documents</th><th>documents</th></tr>")
        for (code, entry) in tally.warnings.sorted(by: { ($1.value.count, $0.key) < ($0.value.count, $1.key) }) {
            w.raw("<tr><td><code>")
            w.text(code)
            w.raw("</code></td><td class=\"n\">\(entry.count)</td><td class=\"small\">")
            for (i, link) in entry.links.enumerated() {
                if i > 0 { w.raw(" · ") }
                w.raw("<a href=\"\(link.href)#diagnostics\">")
                w.text(link.label)
                w.raw("</a>")
            }
            if entry.count > entry.links.count {
                w.raw(" … and \(entry.count - entry.links.count) more (the documents table counts each document's diagnostics)")
            }
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }

    /// Every document, linked to its page.
    private func documentsTable(_ w: inout HTMLWriter) {
        w.raw("<h2 id=\"documents\">Documents</h2><table><tr><th>title</th><th>agency</th><th>province</th><th class=\"n\">year</th><th>level</th><th class=\"n\">quantities</th><th>parts (M L P N)</th><th class=\"n\">diagnostics</th><th>source</th></tr>")
        for r in rows {
            w.raw("<tr><td>")
            if let link = r.link {
                w.raw("<a class=\"doclink\" href=\"\(link.href)\">")
                w.text(link.label)
                w.raw("</a>")
            } else {
                w.raw("<span class=\"muted\">no records</span>")
            }
            if let stage = r.failedStage { w.raw(" <span class=\"small\" style=\"color:var(--bad)\">failed at "); w.text(stage); w.raw("</span>") }
            w.raw("</td><td>")
            w.text(r.agency ?? "")
            w.raw("</td><td>")
            w.text(r.province ?? "")
            w.raw("</td><td class=\"n\">")
            if let y = r.year { w.int(y) }
            w.raw("</td><td>")
            w.text(r.level ?? "")
            w.raw("</td><td class=\"n\">\(r.quantities)</td><td>")
            w.raw(r.parts.map { $0 ? "✓" : "·" }.joined(separator: " "))
            w.raw("</td><td class=\"n\">\(r.warnings)</td><td class=\"small\">")
            w.text(r.source)
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }
}
