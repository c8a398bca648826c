/// The unit a table states once for many bare figures: in brackets at the end of a column's or row's header
/// (`金额（万元）`), as a percent sign in the header (`较上年±%`), in the row's 单位/计量单位 cell, or in a caption row
/// (`单位：万元`). A bare figure is read as if that unit were written after it, by the same scanner as the text, so
/// `2,540.2` under `（万元）` gives 25,402,000 元 as `2,540.2万元` in a sentence would.
struct TableContextUnit {
    /// A unit and where it was found.
    struct Candidate: Equatable {
        /// The unit's text as written (`万元`, `%`, `吨`).
        var text: String
        /// Where it was found.
        var source: TableUnitSource
    }

    /// Header words that mark ratios, changes or indices: a unit stated for the whole table (caption) or the whole
    /// row (a 单位 column) is not the unit of such a column or row, so none is given there.
    static let ratioMarkers = ["%", "％", "率", "比", "±", "增长", "增速", "下降", "增减", "指数"]
    /// Header texts of a column that holds each row's unit.
    static let unitColumnHeaders = TableHeaderFinder.unitColumnHeaders
    /// Longest unit taken from a header bracket or a 单位 cell (scalars): longer text is a note, not a unit.
    static let maxUnitScalars = 6
    /// Bracket pairs a header's unit stands in.
    static let brackets: [(open: Character, close: Character)] = [("（", "）"), ("(", ")"), ("[", "]"), ("【", "】")]
    /// The factors a unit may apply to a figure (none, 十 … 万亿): anything else means the unit was not read as one.
    static let allowedFactors: Set<Double> = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
                                             100_000_000, 1_000_000_000_000]

    /// The candidates for body cell (`row`, `col`) of `grid`, best first: the column header's unit, the row
    /// header's, then the row's unit cell and the caption. A header unit other than `%` is dropped when the other
    /// header marks a ratio (a growth-rate row in a 万元 column), both header units when they disagree, and the
    /// row-wide and table-wide units when either header marks a ratio.
    static func candidates(_ grid: TableGrid, row: Int, col: Int, unitColumn: Int?) -> [Candidate] {
        let columnParts = grid.rows.prefix(min(row, grid.headerRows)).map { $0[col].text }
        let rowParts = grid.rows[row].prefix(min(col, grid.headerColumns)).map(\.text)
        let columnRatio = marksRatio(columnParts)
        let rowRatio = marksRatio(rowParts)
        let columnUnit = headerUnit(columnParts).flatMap { rowRatio && $0 != "%" ? nil : $0 }
        let rowUnit = headerUnit(rowParts).flatMap { columnRatio && $0 != "%" ? nil : $0 }
        if let columnUnit, let rowUnit, columnUnit != rowUnit { return [] }
        var out: [Candidate] = []
        if let columnUnit { out.append(Candidate(text: columnUnit, source: .columnHeader)) }
        if let rowUnit { out.append(Candidate(text: rowUnit, source: .rowHeader)) }
        let captionUnits = (grid.unit ?? cornerUnit(grid)).map(Self.captionUnits) ?? []
        guard !columnRatio, !rowRatio else {
            // A caption naming a percent among its units (`单位：万元、%`) gives it to the ratio columns and rows.
            if out.isEmpty, captionUnits.count > 1, let percent = captionUnits.first(where: isPercent) {
                out.append(Candidate(text: percent, source: .caption))
            }
            return out
        }
        if let u = unitColumn, u != col, let unit = plainUnit(grid.rows[row][u].text) {
            out.append(Candidate(text: unit, source: .unitColumn))
        }
        // Of a mixed caption the one unit that is no percent is the other figures' (two such: which is unknown).
        let plain = captionUnits.filter { !isPercent($0) }
        if plain.count == 1 { out.append(Candidate(text: plain[0], source: .caption)) }
        return out
    }

    /// The unit line of the table's corner cell (over the row headers, under the column headers' first row), which
    /// states the unit of the whole table as a caption would: `项目（单位：万元）` or `单位：万元` → `万元`; nil when
    /// the corner names none. Only an explicit `单位：` counts: a corner `项目（万元）` may be the row labels' own.
    static func cornerUnit(_ grid: TableGrid) -> String? {
        guard grid.headerRows > 0, grid.headerColumns > 0, let corner = grid.rows.first?.first?.text else { return nil }
        let text = TextScan.withoutWhitespace(corner)
        if let inner = closingBracketInner(text), TableGridBuilder.unitLineMarkers.contains(where: inner.hasPrefix) {
            return plainUnit(withoutUnitMarker(inner))
        }
        return TableGridBuilder.unitNamed(byCaption: text)
    }

    /// What separates the units of a mixed caption (`单位：万元、%`, `单位：亿元，%`).
    static let captionUnitSeparators: Set<Character> = ["、", "，", ",", "；", ";", "/"]

    /// The units a caption names, each a plain unit; empty when any part is no unit (a sentence, a figure).
    static func captionUnits(_ caption: String) -> [String] {
        let parts = caption.split(whereSeparator: { captionUnitSeparators.contains($0) }).map(String.init)
        let units = parts.compactMap(plainUnit)
        return units.count == parts.count ? units : []
    }

    /// Whether a unit is a percent sign.
    static func isPercent(_ unit: String) -> Bool { unit == "%" || unit == "％" }

    /// Whether any header part holds a ratio marker.
    static func marksRatio(_ parts: [String]) -> Bool {
        parts.contains { part in ratioMarkers.contains { part.contains($0) } }
    }

    /// The column whose header names it the unit column, if any (the first such).
    static func unitColumn(_ grid: TableGrid) -> Int? {
        guard grid.headerRows > 0 else { return nil }
        return (0..<grid.columnCount).first { c in
            grid.rows.prefix(grid.headerRows).contains { unitColumnHeaders.contains(TextScan.withoutWhitespace($0[c].text)) }
        }
    }

    /// The unit of a header: the nearest part (last first) that ends in a bracketed unit, or `%` when a part holds
    /// a percent sign; nil otherwise.
    static func headerUnit(_ parts: [String]) -> String? {
        for part in parts.reversed() {
            if let inner = closingBracketInner(TextScan.withoutWhitespace(part)), let unit = plainUnit(withoutUnitMarker(inner)) {
                return unit
            }
        }
        if parts.contains(where: { $0.contains("%") || $0.contains("％") }) { return "%" }
        return nil
    }

    /// The text inside the bracket pair (`brackets`) that closes `text` (`金额（万元）` → `万元`), or nil when `text`
    /// ends in none.
    static func closingBracketInner(_ text: String) -> String? {
        guard let last = text.last else { return nil }
        for pair in brackets where last == pair.close {
            guard let open = text.lastIndex(of: pair.open) else { continue }
            return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        return nil
    }

    /// A bracket's text without a leading unit marker (`单位：万元` → `万元`, as in `收费金额（单位：万元）`); the text
    /// itself when it has none.
    static func withoutUnitMarker(_ text: String) -> String {
        for marker in TableGridBuilder.unitLineMarkers where text.hasPrefix(marker) {
            return String(text.dropFirst(marker.count))
        }
        return text
    }

    /// `text` as a unit: blanks removed, 1–`maxUnitScalars` scalars, no decimal digit (万 and 亿 have a numeric
    /// value in Unicode but are magnitudes of a unit such as 万元); nil otherwise.
    static func plainUnit(_ text: String) -> String? {
        let unit = TextScan.withoutWhitespace(text)
        guard !unit.isEmpty, !TextScan.scalarCount(unit, exceeds: maxUnitScalars),
              !unit.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }) else { return nil }
        return unit
    }
}
