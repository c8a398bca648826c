/// Builds one `<table>`'s grid from a page walk: cells in row order with nested paragraphs, line breaks and spaces
/// collapsed into one space, rowspan/colspan resolved (a spanned slot repeats its origin's text), empty rows and
/// columns dropped, header rows and columns found (`TableHeaderFinder`). Returns nil for a table that is not a
/// data grid: fewer than two rows or columns, too many slots, a cell holding a page's worth of text (a layout
/// table around the article), sentences in every cell (`TableProseCheck`) or `label：value` fields in every cell
/// (`TableFieldBoxCheck`).
struct TableGridBuilder {
    /// The walk the table is in.
    let walk: PageWalk
    /// The `<table>` element.
    let table: Int

    /// Most slots a grid may have after spans are resolved (a hostile `colspan` × `rowspan` cannot blow it up).
    static let maxSlots = 200_000
    /// Heaviest cell (text weight) a data table holds; heavier cells are an article laid out in a table.
    static let maxCellWeight: Int32 = 1500
    /// Fewest rows and columns of a data grid.
    static let minSide = 2

    /// One source cell as read.
    private struct RawCell {
        /// Element index.
        var element: Int
        /// Collapsed text.
        var text: String
        /// `<th>`.
        var isTH: Bool
        /// Every visible byte bold or `<th>`.
        var emphasized: Bool
        /// Every visible byte link text.
        var allLinks: Bool
        /// Inside `<thead>`.
        var inHead: Bool
        /// Its span.
        var span: CellSpan
    }

    /// Whether the last `build` gave up because the grid would exceed `maxSlots`.
    private(set) var tooLarge = false

    /// Reads the table; nil when it is not a data grid (`tooLarge` says when size was the reason).
    mutating func build() -> BuiltTable? {
        let stats = walk.stats
        var rows: [[RawCell]] = []
        var rowInHead: [Bool] = []
        var lead: [String] = []
        var removed: [(line: String, rule: String)] = []
        var cell: (element: Int, isTH: Bool, inHead: Bool)?
        var buffer = LineBuffer()
        var outside = LineBuffer()
        var emphasisDepth = 0
        var linkDepth = 0
        var headDepth = 0
        var emphasizedBytes = 0
        var tooHeavy = false

        walk.text.withUnsafeBufferPointer { arena in
            /// Ends the cell being read.
            func endCell() {
                guard let open = cell else { return }
                let allLinks = buffer.isAllLinks
                let visible = buffer.bytes.count
                let text = TableGridBuilder.collapse(buffer.take() ?? "")
                let emphasized = visible > 0 && (open.isTH || emphasizedBytes >= visible)
                if rows.isEmpty { rows.append([]); rowInHead.append(open.inHead) }
                rows[rows.count - 1].append(RawCell(element: open.element, text: text, isTH: open.isTH,
                                                    emphasized: emphasized, allLinks: allLinks, inHead: open.inHead,
                                                    span: walk.cellSpans[open.element] ?? CellSpan(rows: 1, columns: 1)))
                cell = nil
                emphasizedBytes = 0
            }
            /// Files text found outside any cell (a caption, stray text) as a line before the rows.
            func endOutside() {
                if let text = outside.take() { lead.append(TableGridBuilder.collapse(text)) }
            }
            walk.walk(table, enter: { event in
                switch event {
                case .text(let lo, let hi):
                    let bytes = UnsafeBufferPointer(rebasing: arena[Int(lo)..<Int(hi)])
                    if cell != nil {
                        let before = buffer.bytes.count
                        buffer.append(bytes, inLink: linkDepth > 0)
                        if emphasisDepth > 0 { emphasizedBytes += buffer.bytes.count - before }
                    } else {
                        outside.append(bytes, inLink: linkDepth > 0)
                    }
                    return .skip
                case .start(let i):
                    let index = Int(i)
                    guard index != table else { return .descend }
                    let s = stats[index]
                    switch s.kind {
                    case .head, .title, .meta: return .skip
                    default: break
                    }
                    if s.isChrome {
                        // Hidden or chrome-named markup inside the table is removed as chrome, as elsewhere in the body.
                        let line = walk.firstLine(of: index, acrossLineBreaks: true)
                        let reason = s.chromeReason >= 0 ? "element " + walk.reasons[Int(s.chromeReason)] : "element"
                        if !line.isEmpty { removed.append((line, reason)) }
                        return .skip
                    }
                    switch s.tableRole {
                    case .row:
                        endCell()
                        endOutside()
                        rows.append([])
                        rowInHead.append(headDepth > 0)
                    case .cell, .headerCell:
                        endCell()
                        endOutside()
                        if s.weight > TableGridBuilder.maxCellWeight { tooHeavy = true }
                        cell = (index, s.tableRole == .headerCell, headDepth > 0)
                    case .headSection: headDepth += 1
                    case .emphasis: emphasisDepth += 1
                    case .caption: endOutside()
                    default: break
                    }
                    if s.kind == .link { linkDepth += 1 }
                    // Paragraphs and line breaks inside a cell are one space apart: the cell stays one slot.
                    if s.kind.breaksParagraph {
                        if cell != nil { buffer.pendingSpace = buffer.hasText } else { outside.pendingSpace = outside.hasText }
                    }
                    return .descend
                case .end:
                    return .descend
                }
            }, exit: { index in
                guard index != table else { return }
                let s = stats[index]
                switch s.tableRole {
                case .cell, .headerCell: if cell?.element == index { endCell() }
                case .headSection: headDepth -= 1
                case .emphasis: emphasisDepth -= 1
                case .caption: endOutside()
                default: break
                }
                if s.kind == .link { linkDepth -= 1 }
                if s.kind.breaksParagraph {
                    if cell != nil { buffer.pendingSpace = buffer.hasText } else { outside.pendingSpace = outside.hasText }
                }
            })
            endCell()
            endOutside()
        }
        guard !tooHeavy else { return nil }
        return resolve(rows, rowInHead: rowInHead, lead: lead, removed: removed)
    }

    /// Places the cells on the grid (spans resolved), drops empty rows and columns, finds the headers.
    private mutating func resolve(_ rows: [[RawCell]], rowInHead: [Bool], lead: [String],
                         removed: [(line: String, rule: String)]) -> BuiltTable? {
        let rowCount = rows.count
        guard rowCount >= Self.minSide else { return nil }
        // slots[r][c] = (row, position) of the origin cell in `rows`, or nil for a hole.
        var slots: [[(r: Int, k: Int)?]] = Array(repeating: [], count: rowCount)
        var placed = 0
        for r in 0..<rowCount {
            var c = 0
            for (k, cell) in rows[r].enumerated() {
                while c < slots[r].count, slots[r][c] != nil { c += 1 }
                let down = cell.span.rows == 0 ? rowCount - r : min(cell.span.rows, rowCount - r)
                let across = cell.span.columns
                placed += down * across
                guard placed <= Self.maxSlots else {
                    tooLarge = true
                    return nil
                }
                for dr in 0..<down {
                    let rr = r + dr
                    if slots[rr].count < c + across { slots[rr] += Array(repeating: nil, count: c + across - slots[rr].count) }
                    for dc in 0..<across where slots[rr][c + dc] == nil { slots[rr][c + dc] = (r, k) }
                }
                c += across
            }
        }
        let width = slots.map(\.count).max() ?? 0
        func text(_ at: (r: Int, k: Int)?) -> String { at.map { rows[$0.r][$0.k].text } ?? "" }
        var keepRows = (0..<rowCount).filter { r in slots[r].contains { !text($0).isEmpty } }
        let keepColumns = (0..<width).filter { c in keepRows.contains { r in c < slots[r].count && !text(slots[r][c]).isEmpty } }
        guard keepRows.count >= Self.minSide, keepColumns.count >= Self.minSide else { return nil }
        let filled = keepRows.flatMap { r in keepColumns.map { c in c < slots[r].count ? text(slots[r][c]) : "" } }
        // Paragraphs, or labelled fields (a metadata box), laid out in a table are text, not a grid.
        guard !TableProseCheck.isProse(filled), !TableFieldBoxCheck.isFieldBox(filled) else { return nil }
        var lead = lead
        var captionUnit: String?
        /// Whether row `r` is one cell across every kept column.
        func fullWidth(_ r: Int) -> Bool {
            guard let origin = slots[r].first ?? nil else { return false }
            return keepColumns.allSatisfy { $0 < slots[r].count && slots[r][$0].map { $0 == origin } == true }
        }
        // A first row that is one cell across every column (a title or a `单位：万元` line) captions the table: it
        // is no column's header, so it becomes a lead line and the header rows are found below it. When later rows
        // span the table too, they are section titles of joined sub-tables: the first is one of them and stays.
        // A first row whose one filled cell is a unit line (`单位：万元` at the right, blanks before it) is a caption too.
        if keepRows.count > Self.minSide, let r = keepRows.first {
            var origins: [(r: Int, k: Int)] = []
            for c in keepColumns where c < slots[r].count {
                if let at = slots[r][c], !text(at).isEmpty, !origins.contains(where: { $0 == at }) { origins.append(at) }
            }
            // So is a first row of two cells, a title across every column but one and a unit line in that one.
            // The title is one cell over two or more columns, so a header row `项目 | 金额（单位：万元）` stays a header.
            let units = origins.filter { Self.isUnitLine(text($0)) }
            let titles = origins.filter { !Self.isUnitLine(text($0)) }
            let titleAndUnit = origins.count == 2 && units.count == 1 && keepColumns.count > Self.minSide
                && keepColumns.filter { c in c < slots[r].count && slots[r][c].map { $0 == titles[0] } == true }.count
                    == keepColumns.count - 1
            let caption = (fullWidth(r) && !keepRows.dropFirst().contains(where: fullWidth))
                || (origins.count == 1 && Self.isUnitLine(text(origins[0]))) || titleAndUnit
            if caption, !origins.isEmpty {
                for origin in origins { lead.append(text(origin)) }
                keepRows.removeFirst()
                captionUnit = origins.lazy.compactMap { Self.unitNamed(byCaption: text($0)) }.first
            }
        }

        var grid: [[TableGridCell]] = []
        var emphasis: [[Bool]] = []
        var lines: [[BuiltTable.LineCell]] = []
        for r in keepRows {
            var row: [TableGridCell] = []
            var marks: [Bool] = []
            for c in keepColumns {
                let at = c < slots[r].count ? slots[r][c] : nil
                guard let at else {
                    row.append(TableGridCell(text: ""))
                    marks.append(false)
                    continue
                }
                let origin = rows[at.r][at.k]
                // A slot is spanned when its origin stands above it or in a column to its left.
                let spanned = at.r != r || (c > 0 && slots[r][c - 1].map { $0 == at } == true)
                row.append(TableGridCell(text: origin.text, isHeader: origin.isTH, isSpanned: spanned))
                marks.append(origin.emphasized)
            }
            grid.append(row)
            emphasis.append(marks)
            lines.append(rows[r].filter { !$0.text.isEmpty }.map { BuiltTable.LineCell(text: $0.text, allLinks: $0.allLinks) })
        }
        let headRows = keepRows.prefix { rowInHead[$0] }.count
        var built = TableGrid(index: 0, rows: grid, unit: captionUnit)
        TableHeaderFinder.apply(to: &built, emphasized: emphasis, headRows: headRows)
        return BuiltTable(grid: built, rowLines: lines, leadLines: lead, removed: removed)
    }

    /// What a unit line of a table says before its unit (`单位：件`, `金额单位：万元`), full- or half-width colon.
    static let unitLineMarkers = ["单位：", "单位:"]
    /// Longest unit line (scalars, blanks left out).
    static let maxUnitLineScalars = 16

    /// The unit a unit line names (`单位：万元` → `万元`, `金额单位：元` → `元`): the blank-free text after its marker,
    /// nil when the line is no unit line or names nothing after the marker. Whether it is a unit is extract's call.
    static func unitNamed(byCaption text: String) -> String? {
        guard let folded = foldedUnitLine(text) ?? bracketedUnitLine(text) else { return nil }
        for marker in unitLineMarkers {
            guard let range = folded.range(of: marker) else { continue }
            let after = String(folded[range.upperBound...])
            return after.isEmpty ? nil : after
        }
        return nil
    }

    /// Brackets a caption's closing unit clause stands in (`表2 支出情况（单位：万元）`).
    static let unitClauseBrackets: [(open: Character, close: Character)] = [("（", "）"), ("(", ")")]

    /// The closing bracketed unit clause of a longer caption as a unit line (`（单位：万元）` → `单位：万元`), nil when
    /// the caption ends in none.
    private static func bracketedUnitLine(_ text: String) -> String? {
        let trimmed = TextScan.withoutWhitespace(text)
        for pair in unitClauseBrackets where trimmed.last == pair.close {
            guard let open = trimmed.lastIndex(of: pair.open) else { continue }
            let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            guard inner.hasPrefix("单位"), let line = foldedUnitLine(inner) else { continue }
            return line
        }
        return nil
    }

    /// Whether a cell is a table's unit line: short, naming a unit after `单位：`.
    static func isUnitLine(_ text: String) -> Bool {
        foldedUnitLine(text) != nil
    }

    /// A unit line width-folded with its blanks removed; nil for any other text.
    private static func foldedUnitLine(_ text: String) -> String? {
        let folded = TextScan.withoutWhitespace(WidthFolder.fold(text))
        guard unitLineMarkers.contains(where: { folded.contains($0) }),
              !TextScan.scalarCount(folded, exceeds: maxUnitLineScalars) else { return nil }
        return folded
    }

    /// Whether a scalar is a blank (ASCII white space, U+00A0, U+3000).
    static func isBlankScalar(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x20 || s.value == 0xA0 || s.value == 0x3000 || s.value == 0x09 || s.value == 0x0A || s.value == 0x0D
    }

    /// A cell text with every run of blanks (ASCII white space, U+00A0, U+3000) folded into one space.
    static func collapse(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0xA0 || $0.value == 0x3000 }) else { return text }
        var out = String.UnicodeScalarView()
        var pending = false
        for s in text.unicodeScalars {
            if s.value == 0x20 || s.value == 0xA0 || s.value == 0x3000 || s.value == 0x09 {
                pending = !out.isEmpty
                continue
            }
            if pending { out.append(" "); pending = false }
            out.append(s)
        }
        return String(out)
    }
}
