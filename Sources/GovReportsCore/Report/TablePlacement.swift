/// Finds each table of a document among the lines of its normalized text (a grid's rows are lines of the text,
/// cells separated by one space) and turns it into markup to insert at text offsets, so the audit view shows the
/// table as an HTML table whose cells hold the text itself — quantity highlights, section badges and citation
/// anchors stay at their offsets inside the cells.
///
/// A row is matched cell by cell, folded as normalize folds: a cell's text must stand next in the line; a spanned
/// slot either stands there too or is shown as a greyed copy outside the text; empty slots and empty rows hold no
/// text. A table is placed only when all its rows with text match consecutive lines, and only when no highlighted
/// quantity crosses a cell's edge; otherwise it is listed with the reason and its lines stay plain text.
struct TablePlacement {
    /// Markup inserted before the text at a scalar offset; at equal offsets phase 0 (closing a cell or row) comes
    /// before the removed lines shown before a line, which come before phase 1 (opening a table, row or cell).
    struct Mark {
        /// Scalar offset in the text.
        let offset: Int
        /// 0 = closes what stands before the offset, 1 = opens what follows it.
        let phase: Int
        /// The markup, written by this program (data in it already escaped).
        let markup: String
    }

    /// A table not shown in place, with why.
    struct Unplaced {
        /// The table.
        let table: TableGrid
        /// Why it is not shown in place.
        let reason: String
    }

    /// Every mark of the placed tables, ordered by offset and phase.
    private(set) var marks: [Mark] = []
    /// Lines that are a placed table's second or later row, with the table's column count (removed lines shown
    /// before such a line go into a row of their own).
    private(set) var innerRowLines: [Int: Int] = [:]
    /// Tables not shown in place.
    private(set) var unplaced: [Unplaced] = []
    /// How many tables are shown in place.
    private(set) var placedCount = 0

    /// One line of the text.
    private struct Line {
        /// UTF-8 range of the line, without its line break.
        let bytes: Range<Int>
        /// Scalar offset of the line's first scalar.
        let start: Int
        /// Scalar offset past the line (past its line break when it has one).
        let end: Int
        /// Whether a line break follows it.
        let hasBreak: Bool
    }

    /// One slot of a matched row.
    private enum Slot {
        /// A cell standing in the text at scalars `start..<end`; `separator` when one space follows it in the line.
        case text(TableGridCell, start: Int, end: Int, separator: Bool)
        /// A slot with no text of its own in the line: empty, or a spanned copy of another cell's text.
        case copy(TableGridCell)
    }

    /// Places `tables` in `text` (folded as normalize folds when `foldFullWidth`); `quantities` are the highlighted
    /// ones, which must each stay inside one cell.
    init(tables: [TableGrid], text: String, foldFullWidth: Bool, quantities: [QuantityRecord]) {
        guard !tables.isEmpty else { return }
        var text = text
        text.withUTF8 { bytes in
            let lines = Self.lines(bytes)
            var cursor = 0
            for table in tables {
                let rows = table.rows.map { row in
                    row.map { cell -> [UInt8] in
                        Array(LineSplitter.lines(cell.text, fullWidth: foldFullWidth).joined(separator: " ").utf8)
                    }
                }
                let wanted = rows.indices.filter { r in rows[r].contains { !$0.isEmpty } }
                guard !wanted.isEmpty else {
                    unplaced.append(Unplaced(table: table, reason: "the table holds no text"))
                    continue
                }
                var found: (line: Int, rows: [[Slot]])?
                var at = cursor
                while at + wanted.count <= lines.count, found == nil {
                    var matched: [[Slot]] = []
                    for (k, r) in wanted.enumerated() {
                        guard let slots = Self.match(table.rows[r], folded: rows[r], line: lines[at + k], bytes: bytes)
                        else { break }
                        matched.append(slots)
                    }
                    if matched.count == wanted.count { found = (at, matched) } else { at += 1 }
                }
                guard let found else {
                    unplaced.append(Unplaced(table: table, reason: "its rows are not lines of the text"))
                    continue
                }
                if let crossing = Self.crossing(found.rows, quantities: quantities,
                                                from: lines[found.line].start,
                                                to: lines[found.line + wanted.count - 1].end) {
                    unplaced.append(Unplaced(table: table, reason: "quantity #\(crossing) crosses a cell's edge"))
                    continue
                }
                emit(table, rows: found.rows, lines: Array(lines[found.line..<(found.line + wanted.count)]),
                     firstLine: found.line)
                placedCount += 1
                cursor = found.line + wanted.count
            }
        }
        marks.sort { ($0.offset, $0.phase) < ($1.offset, $1.phase) }
    }

    /// The lines of a text's UTF-8, with their scalar offsets.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var out: [Line] = []
        var lineStart = 0
        var scalarStart = 0
        var scalars = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { scalars += 1 }
            if b == 0x0A {
                out.append(Line(bytes: lineStart..<i, start: scalarStart, end: scalars, hasBreak: true))
                lineStart = i + 1
                scalarStart = scalars
            }
        }
        out.append(Line(bytes: lineStart..<bytes.count, start: scalarStart, end: scalars, hasBreak: false))
        return out
    }

    /// Matches one grid row against one line: the slots with their places, or nil when the line is not the row.
    private static func match(_ row: [TableGridCell], folded: [[UInt8]], line: Line,
                              bytes: UnsafeBufferPointer<UInt8>) -> [Slot]? {
        var slots: [Slot] = []
        var at = line.bytes.lowerBound
        var scalar = line.start
        var any = false
        for (cell, want) in zip(row, folded) {
            if want.isEmpty { slots.append(.copy(cell)); continue }
            let fits = at + want.count <= line.bytes.upperBound
                && (0..<want.count).allSatisfy { bytes[at + $0] == want[$0] }
                && (at + want.count == line.bytes.upperBound || bytes[at + want.count] == 0x20)
            guard fits else {
                // A spanned slot repeats its origin's text, which the line need not hold again.
                if cell.isSpanned { slots.append(.copy(cell)); continue }
                return nil
            }
            let length = want.reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
            at += want.count
            let separator = at < line.bytes.upperBound
            slots.append(.text(cell, start: scalar, end: scalar + length, separator: separator))
            scalar += length
            if separator { at += 1; scalar += 1 }
            any = true
        }
        guard any, at == line.bytes.upperBound else { return nil }
        return slots
    }

    /// The mention of a highlighted quantity within `from..<to` that is not inside one cell's text, if any.
    private static func crossing(_ rows: [[Slot]], quantities: [QuantityRecord], from: Int, to: Int) -> Int? {
        var cells: [Range<Int>] = []
        for row in rows {
            for slot in row { if case .text(_, let s, let e, _) = slot { cells.append(s..<e) } }
        }
        for q in quantities where q.charStart < to && q.charEnd > from {
            if !cells.contains(where: { $0.lowerBound <= q.charStart && q.charEnd <= $0.upperBound }) { return q.mention }
        }
        return nil
    }

    /// The marks of one placed table.
    private mutating func emit(_ table: TableGrid, rows: [[Slot]], lines: [Line], firstLine: Int) {
        let columns = max(table.columnCount, 1)
        for (k, (slots, line)) in zip(rows, lines).enumerated() {
            if k > 0 { innerRowLines[firstLine + k] = columns }
            var open = k == 0 ? "<table class=\"grid\" data-table=\"\(table.index)\"><tbody>" : ""
            open += "<tr>"
            var pending = ""
            var first = true
            var lastEnd = line.start
            var lastSeparator = false
            var lastTag = "td"
            for (column, slot) in slots.enumerated() {
                switch slot {
                case .copy(let cell):
                    pending += Self.copyCell(cell, header: Self.isHeader(cell, row: k, column: column, table: table))
                case .text(let cell, let start, let end, let separator):
                    let tag = Self.isHeader(cell, row: k, column: column, table: table) ? "th" : "td"
                    if first {
                        marks.append(Mark(offset: start, phase: 1, markup: open + pending + "<\(tag)>"))
                        first = false
                    } else {
                        let close = lastSeparator ? "</span>" : ""
                        marks.append(Mark(offset: start, phase: 0, markup: close + "</\(lastTag)>" + pending + "<\(tag)>"))
                    }
                    lastTag = tag
                    pending = ""
                    if separator { marks.append(Mark(offset: end, phase: 0, markup: "<span class=\"tsep\">")) }
                    lastEnd = end
                    lastSeparator = separator
                }
            }
            // The row ends past its line break, which stays in the last cell, hidden.
            var close = ""
            var rowEnd = lastEnd
            if lastSeparator { close += "</span>" }
            if line.hasBreak {
                marks.append(Mark(offset: lastEnd, phase: 0, markup: "<span class=\"tsep\">"))
                close += "</span>"
                rowEnd = lastEnd + 1
            }
            close += "</\(lastTag)>" + pending + "</tr>"
            if k == rows.count - 1 { close += "</tbody></table>" }
            marks.append(Mark(offset: rowEnd, phase: 0, markup: close))
        }
    }

    /// Whether a slot is a header cell: marked so by its source, or in the grid's header rows or columns.
    private static func isHeader(_ cell: TableGridCell, row: Int, column: Int, table: TableGrid) -> Bool {
        cell.isHeader || row < table.headerRows || column < table.headerColumns
    }

    /// A slot with no text of its own in the line: empty, or a greyed copy of its origin's text (not part of the
    /// text: marked `aux`).
    private static func copyCell(_ cell: TableGridCell, header: Bool) -> String {
        let tag = header ? "th" : "td"
        guard cell.isSpanned, !cell.text.isEmpty else { return "<\(tag)></\(tag)>" }
        var w = HTMLWriter(capacity: cell.text.utf8.count + 64)
        w.raw("<\(tag) class=\"spanned aux\" title=\"covered by a spanning cell\">")
        w.text(cell.text)
        w.raw("</\(tag)>")
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
