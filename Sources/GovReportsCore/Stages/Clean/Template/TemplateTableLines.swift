/// How the template rules tell a table's lines from page furniture: numeric rows are a table's data, and a run of
/// shared lines directly above a numeric row is that table's header (every report made from one form shares it).
enum TemplateTableLines {
    /// Scalars that separate a row's cells: space, tab, ideographic space, no-break space.
    static let cellSeparators: Set<UInt32> = [0x20, 0x09, 0x3000, 0xA0]
    /// Scalars a numeric cell may hold besides ASCII and full-width digits: decimal and thousands marks, percent,
    /// a minus sign.
    static let numericMarks: Set<UInt32> = [0x2E, 0x2C, 0x25, 0xFF05, 0xFF0E, 0xFF0C, 0x2D]

    /// Whether a line is a row of numbers only (`0 1 0 0 1`, `12`, `3.5%`): a table's data, never furniture.
    static func isNumericRow(_ line: String) -> Bool {
        var cells = 0, inCell = false, digits = false
        for s in line.unicodeScalars {
            if cellSeparators.contains(s.value) {
                if inCell && !digits { return false }
                inCell = false
                continue
            }
            if !inCell { inCell = true; digits = false; cells += 1 }
            let v = s.value
            if (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) {
                digits = true
            } else if !numericMarks.contains(v) {
                return false
            }
        }
        return cells > 0 && (!inCell || digits)
    }

    /// Whether the run of template lines `range` of `text` is part of a table: one of its lines is a numeric row,
    /// or the line right after it is (the run is the table's header).
    static func isTableBound(_ range: Range<Int>, in text: [String]) -> Bool {
        if range.contains(where: { isNumericRow(text[$0]) }) { return true }
        return range.upperBound < text.count && isNumericRow(text[range.upperBound])
    }
}
