/// How the template rules tell a table's lines from page furniture: numeric rows are a table's data, and a run of
/// shared lines directly above a numeric row is that table's header (every report made from one form shares it).
enum TemplateTableLines {
    /// Scalars that separate a row's cells: space, tab, ideographic space, no-break space.
    static let cellSeparators: Set<UInt32> = [0x20, 0x09, 0x3000, 0xA0]
    /// Scalars a numeric cell may hold besides ASCII and full-width digits: thousands marks and percent signs.
    static let numericMarks: Set<UInt32> = [0x2C, 0x25, 0xFF05, 0xFF0C]
    /// Decimal points: at most one per cell (`2023.05.06` is a date, not a number).
    static let decimalPoints: Set<UInt32> = [0x2E, 0xFF0E]
    /// Minus signs: only as a cell's first scalar (`2023-05-06` is a date, not a number).
    static let minusSigns: Set<UInt32> = [0x2D, 0xFF0D, 0x2212]

    /// Whether a line is a row of numbers only (`0 1 0 0 1`, `12`, `3.5%`, `-2`): a table's data, never furniture.
    static func isNumericRow(_ line: String) -> Bool {
        var cells = 0, length = 0, digits = false, points = 0
        for s in line.unicodeScalars {
            let v = s.value
            if cellSeparators.contains(v) {
                if length > 0 && !digits { return false }
                length = 0
                continue
            }
            if length == 0 { cells += 1; digits = false; points = 0 }
            length += 1
            if (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) {
                digits = true
            } else if decimalPoints.contains(v) {
                points += 1
                if points > 1 { return false }
            } else if minusSigns.contains(v) {
                if length > 1 { return false }
            } else if !numericMarks.contains(v) {
                return false
            }
        }
        return cells > 0 && (length == 0 || digits)
    }

    /// Whether the run of template lines `range` of `text` is part of a table: one of its lines is a numeric row,
    /// or the line right after it is (the run is the table's header).
    static func isTableBound(_ range: Range<Int>, in text: [String]) -> Bool {
        if range.contains(where: { isNumericRow(text[$0]) }) { return true }
        return range.upperBound < text.count && isNumericRow(text[range.upperBound])
    }

    /// Most lines of a run touching the text's first line that may be kept as a table's header: one. The text
    /// alone cannot tell a menu line from a header line, so a longer run (a top bar above the header, or a
    /// header of several lines) goes whole as before rather than risk keeping furniture.
    static let maxHeadHeaderLines = 1
    /// Fewest cells of a data row for a head run to count as its header (a lone number under a top bar is an
    /// index number, not a table).
    static let minHeadTableCells = 2
    /// Scalars a header line does not hold: a colon makes it a `位置：…` or `label：value` line, not column labels.
    static let headerExcluded: Set<UInt32> = [0x3A, 0xFF1A]

    /// The cells of a line (runs between separators).
    static func cellCount(_ line: String) -> Int {
        var cells = 0, inCell = false
        for s in line.unicodeScalars {
            if cellSeparators.contains(s.value) { inCell = false } else if !inCell { cells += 1; inCell = true }
        }
        return cells
    }

    /// The cells of a table's data row (`0 3 1`, `合计 31 27 9`): every cell numeric but perhaps the first (its
    /// label), with at least `minHeadTableCells` numeric cells; nil for any other line.
    static func figureRowWidth(_ line: String) -> Int? {
        let cells = line.unicodeScalars.split { cellSeparators.contains($0.value) }.map { String(String.UnicodeScalarView($0)) }
        let figures = cells.dropFirst().filter(isNumericRow).count
        let numericFirst = cells.first.map(isNumericRow) ?? false
        guard figures == cells.count - 1, figures + (numericFirst ? 1 : 0) >= minHeadTableCells else { return nil }
        return cells.count
    }

    /// Whether a run touching the text's first line is wholly a table's header: at most `maxHeadHeaderLines`
    /// lines, followed by a data row (`figureRowWidth`), each line naming the row's columns (as many cells as the
    /// row, or one fewer or more: a blank corner, a label column's header) and holding no colon.
    static func isHeadHeader(_ range: Range<Int>, in text: [String]) -> Bool {
        let end = range.upperBound
        guard end < text.count, range.count <= maxHeadHeaderLines, let width = figureRowWidth(text[end]) else { return false }
        return range.allSatisfy { k in
            let cells = cellCount(text[k])
            return cells >= minHeadTableCells && abs(cells - width) <= 1
                && !text[k].unicodeScalars.contains { headerExcluded.contains($0.value) }
        }
    }
}
