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
}
