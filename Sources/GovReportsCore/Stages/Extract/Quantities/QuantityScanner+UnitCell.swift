/// A bare magnitude and unit that fill a table cell on their own (`| 粮食总产量 | 万吨 | 24.8 |`, a whitespace table's
/// `万吨` column): the column's unit label, not a quantity of one 万吨.
extension QuantityScanner {
    /// Scalars that bound a cell in a table flattened to text: the markdown and full-width bars and the tab.
    static let cellBars: Set<UInt32> = [0x7C, 0xFF5C, 0x09]
    /// Spaces in a row that separate a whitespace table's columns (one space is a word gap in flattened prose).
    static let columnGapSpaces = 2

    /// Whether `start..<end` stands alone between cell bounds: a bar, a tab, a line's edge or a column gap of
    /// spaces on both sides.
    func isWholeCell(_ buffer: [UInt32], start: Int, end: Int) -> Bool {
        cellBound(buffer, from: start - 1, step: -1) && cellBound(buffer, from: end, step: 1)
    }

    /// Whether, walking from `index` by `step` over spaces, the next scalar bounds a cell (or the buffer ends).
    func cellBound(_ buffer: [UInt32], from index: Int, step: Int) -> Bool {
        var i = index
        var spaces = 0
        while i >= 0 && i < buffer.count {
            let s = buffer[i]
            if Self.cellBars.contains(s) || s == 0x0A || s == 0x0D { return true }
            // U+3000 is one full-width column gap by itself.
            if s == 0x3000 { spaces += Self.columnGapSpaces } else if s == 0x20 { spaces += 1 } else { break }
            i += step
        }
        return i < 0 || i >= buffer.count || spaces >= Self.columnGapSpaces
    }
}
