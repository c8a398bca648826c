import Foundation

/// Inline SVG charts drawn by the report itself (no charting library, nothing fetched).
enum SVGChart {
    /// Width of a heat-map cell, in pixels.
    static let cellWidth = 46
    /// Height of a heat-map cell and of a bar row, in pixels.
    static let rowHeight = 22
    /// Width of the label column of heat maps and bar charts.
    static let labelWidth = 190
    /// Width of the longest bar.
    static let barWidth = 220

    /// A count heat map: `rows` × `columns`, `count(row, column)` per cell; darker is more; every cell shows its count.
    static func heatMap(_ w: inout HTMLWriter, rows: [String], columns: [String], count: (Int, Int) -> Int,
                        caption: String) {
        var top = 0
        for r in rows.indices { for c in columns.indices { top = max(top, count(r, c)) } }
        let header = 24
        let width = labelWidth + columns.count * cellWidth + 8
        let height = header + rows.count * rowHeight + 4
        w.raw("<svg role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\"><title>")
        w.text(caption)
        w.raw("</title>")
        for (c, name) in columns.enumerated() {
            w.raw("<text x=\"\(labelWidth + c * cellWidth + cellWidth / 2)\" y=\"16\" font-size=\"12\" text-anchor=\"middle\">")
            w.text(name)
            w.raw("</text>")
        }
        for (r, name) in rows.enumerated() {
            let y = header + r * rowHeight
            w.raw("<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" font-size=\"12\" text-anchor=\"end\">")
            w.text(name)
            w.raw("</text>")
            for c in columns.indices {
                let n = count(r, c)
                let x = labelWidth + c * cellWidth
                w.raw("<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cellWidth - 2)\" height=\"\(rowHeight - 2)\" fill=\"")
                w.raw(heatColor(n, top: top))
                w.raw("\"><title>")
                w.text("\(name) × \(columns[c]): \(n)")
                w.raw("</title></rect>")
                if n > 0 {
                    let ink = Double(n) / Double(max(top, 1)) > 0.55 ? "#fff" : "#1d2330"
                    w.raw("<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 15)\" font-size=\"12\" text-anchor=\"middle\" fill=\"\(ink)\">")
                    w.int(n)
                    w.raw("</text>")
                }
            }
        }
        w.raw("</svg>")
    }

    /// A horizontal bar chart of labelled counts, each bar showing its count (and its share of `total` when given).
    static func bars(_ w: inout HTMLWriter, _ items: [(label: String, count: Int)], total: Int?, caption: String,
                     color: String = "#4a78b5") {
        let top = max(items.map(\.count).max() ?? 0, 1)
        let width = labelWidth + barWidth + 80
        let height = items.count * rowHeight + 4
        w.raw("<svg role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\"><title>")
        w.text(caption)
        w.raw("</title>")
        for (i, item) in items.enumerated() {
            let y = i * rowHeight
            let length = max(item.count > 0 ? 2 : 0, item.count * barWidth / top)
            w.raw("<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" font-size=\"12\" text-anchor=\"end\">")
            w.text(item.label)
            w.raw("</text><rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" fill=\"\(color)\"/>")
            w.raw("<text x=\"\(labelWidth + length + 5)\" y=\"\(y + 15)\" font-size=\"12\">")
            w.int(item.count)
            if let total, total > 0 { w.raw(" (\(item.count * 100 / total)%)") }
            w.raw("</text>")
        }
        w.raw("</svg>")
    }

    /// A small box plot of `values` (sorted ascending) on a log-or-linear axis from `low` to `high`: whiskers at the
    /// extremes, box at the quartiles, a tick at the median, a dot per value when there are few.
    static func box(_ w: inout HTMLWriter, sorted values: [Double], low: Double, high: Double, logScale: Bool) {
        let width = 120, height = 18, pad = 4
        guard let first = values.first, let last = values.last else { return }
        func x(_ v: Double) -> Int {
            let span: Double
            let at: Double
            if logScale {
                span = log10(high + 1) - log10(low + 1)
                at = log10(v + 1) - log10(low + 1)
            } else {
                span = high - low
                at = v - low
            }
            guard span > 0 else { return width / 2 }
            return pad + Int((at / span * Double(width - 2 * pad)).rounded())
        }
        let q1 = quantile(values, 0.25), med = quantile(values, 0.5), q3 = quantile(values, 0.75)
        w.raw("<svg width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\"><title>")
        w.text("n=\(values.count) min \(HTMLWriter.format(first)) · Q1 \(HTMLWriter.format(q1)) · median \(HTMLWriter.format(med)) · Q3 \(HTMLWriter.format(q3)) · max \(HTMLWriter.format(last))")
        w.raw("</title><line x1=\"\(x(first))\" x2=\"\(x(last))\" y1=\"9\" y2=\"9\" stroke=\"#6b7a90\"/>")
        let bx = x(q1)
        w.raw("<rect x=\"\(bx)\" y=\"3\" width=\"\(max(1, x(q3) - bx))\" height=\"12\" fill=\"#cfe0f5\" stroke=\"#4a78b5\"/>")
        w.raw("<line x1=\"\(x(med))\" x2=\"\(x(med))\" y1=\"2\" y2=\"16\" stroke=\"#1d2330\" stroke-width=\"2\"/>")
        if values.count <= 12 {
            for v in values { w.raw("<circle cx=\"\(x(v))\" cy=\"9\" r=\"2\" fill=\"#b3261e\" fill-opacity=\"0.7\"/>") }
        }
        w.raw("</svg>")
    }

    /// Linear-interpolated quantile of sorted values.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let at = p * Double(sorted.count - 1)
        let lo = Int(at.rounded(.down)), hi = Int(at.rounded(.up))
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - Double(lo))
    }

    /// Fill of a heat-map cell: white for zero, then light to dark blue with the count's share of the maximum.
    static func heatColor(_ n: Int, top: Int) -> String {
        guard n > 0, top > 0 else { return "#f4f5f7" }
        let t = 0.15 + 0.85 * Double(n) / Double(top)
        // From #dbe7f6 to #1f4e8c.
        func channel(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        let r = channel(0xDB, 0x1F), g = channel(0xE7, 0x4E), b = channel(0xF6, 0x8C)
        return "rgb(\(r),\(g),\(b))"
    }
}
