/// The indicators page: per codebook indicator and report year, the share of reports with a value (coverage) and
/// the distribution of the panel values (the `indicators.csv` cells).
struct IndicatorsPage {
    /// The tallies.
    let tally: ReportTally
    /// The codebook, for ids, labels, units and aggregation.
    let codebook: Codebook
    /// The disclosure panel's columns (ids and descriptions), shown below the codebook indicators.
    var disclosureColumns: [DisclosurePanelColumn] = []

    /// Renders `indicators.html`.
    func render() -> [UInt8] {
        var w = HTMLWriter()
        ReportStyle.open(&w, title: "govreports report: indicators", root: "")
        let years = tally.yearLabels
        w.raw("<h1>Indicators</h1><p class=\"muted\">One row per codebook indicator, one column per report year. ")
        w.raw("Coverage: share of that year's reports with a value in <code>indicators.csv</code>. ")
        w.raw("Box: the panel values (whiskers min–max, box Q1–Q3, bar median, dots when few; log scale when the values span more than 100×); hover it for the figures.</p>")
        w.raw("<div class=\"panel\"><table><tr><th>indicator</th><th>units · combined by</th><th class=\"n\">all years</th>")
        for y in years {
            w.raw("<th>")
            w.text(y)
            w.raw(" <span class=\"muted small\">(n=\(tally.years[y] ?? 0))</span></th>")
        }
        w.raw("</tr>")
        for indicator in codebook.indicators {
            row(&w, id: indicator.id, label: indicator.labelZH,
                detail: indicator.units.joined(separator: " ") + " · " + indicator.aggregate,
                byYear: tally.values[indicator.id] ?? [:], years: years)
        }
        w.raw("</table></div>")
        // The 政府信息公开工作年度报告 key cells: the share of all reports with each panel value (only reports with
        // the template's tables have one) and the values' distribution.
        if !tally.disclosureValues.isEmpty {
            w.raw("<h2>Disclosure panel</h2><p class=\"muted\">The key cells of the mandated 政府信息公开工作年度报告 tables ")
            w.raw("(<code>disclosure_panel.csv</code>); coverage is the share of all reports of the year with that cell.</p>")
            w.raw("<div class=\"panel\"><table><tr><th>panel column</th><th>cells added</th><th class=\"n\">all years</th>")
            for y in years {
                w.raw("<th>")
                w.text(y)
                w.raw(" <span class=\"muted small\">(n=\(tally.years[y] ?? 0))</span></th>")
            }
            w.raw("</tr>")
            for column in disclosureColumns {
                row(&w, id: column.id, label: column.description, detail: column.cells.joined(separator: " + "),
                    byYear: tally.disclosureValues[column.id] ?? [:], years: years)
            }
            w.raw("</table></div>")
        }

        ReportStyle.close(&w)
        return w.bytes
    }

    /// One row: the id and label, a detail line, coverage and the distribution of `byYear`'s values, all years then each.
    private func row(_ w: inout HTMLWriter, id: String, label: String, detail: String, byYear: [String: [Double]],
                     years: [String]) {
        let all = byYear.values.flatMap { $0 }.sorted()
        let low = all.first ?? 0, high = all.last ?? 0
        let logScale = low >= 0 && high > 100 * max(low, 1)
        w.raw("<tr><td><code>")
        w.text(id)
        w.raw("</code><br><span class=\"small\">")
        w.text(label)
        w.raw("</span></td><td class=\"small\">")
        w.text(detail)
        w.raw("</td>")
        coverageCell(&w, count: all.count, of: tally.documents)
        if let median = all.isEmpty ? nil : SVGChart.quantile(all, 0.5) {
            w.raw("<br><span class=\"small muted\">median ")
            w.number(median)
            w.raw("</span>")
        }
        w.raw("</td>")
        for y in years {
            let values = (byYear[y] ?? []).sorted()
            coverageCell(&w, count: values.count, of: tally.years[y] ?? 0)
            if !values.isEmpty {
                w.raw("<br>")
                SVGChart.box(&w, sorted: values, low: low, high: high, logScale: logScale)
            }
            w.raw("</td>")
        }
        w.raw("</tr>")
    }

    /// Opens a cell with `count / total` as a percentage and a thin bar (the caller closes the cell).
    private func coverageCell(_ w: inout HTMLWriter, count: Int, of total: Int) {
        let share = total > 0 ? Double(count) / Double(total) : 0
        w.raw("<td><b>\(Int((share * 100).rounded()))%</b> <span class=\"small muted\">\(count)/\(total)</span>")
        w.raw("<svg width=\"120\" height=\"5\" viewBox=\"0 0 120 5\"><rect width=\"120\" height=\"5\" fill=\"#eef1f5\"/>")
        w.raw("<rect width=\"\(Int((share * 120).rounded()))\" height=\"5\" fill=\"#2f7fd0\"/></svg>")
    }
}
