import CLibXML2

/// Tables of the page: their roles noted while measuring, and the body's data tables built before linearizing.
extension PageWalk {
    /// Notes what element `index` is to a table, and a cell's `rowspan`/`colspan` when it spans.
    mutating func noteTableRole(name: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                                index: Int, entry: inout NodeStats) {
        let role = TableRole.of(name, kind: entry.kind)
        guard role != .none else { return }
        entry.tableRole = role
        if role == .table { tableNodes.append(index) }
        guard role == .cell || role == .headerCell, let attributes else { return }
        var span = CellSpan(rows: 1, columns: 1)
        var i = 0
        while let key = attributes[i] {
            let value = attributes[i + 1]
            i += 2
            if PageWalk.nameIs(key, "rowspan") {
                span.rows = PageWalk.spanValue(value, otherwise: 1, limit: CellSpan.maxRows, zeroAllowed: true)
            } else if PageWalk.nameIs(key, "colspan") {
                span.columns = PageWalk.spanValue(value, otherwise: 1, limit: CellSpan.maxColumns, zeroAllowed: false)
            }
        }
        if span != CellSpan(rows: 1, columns: 1) { cellSpans[index] = span }
    }

    /// A span attribute's value as HTML reads it: leading digits after blanks; `otherwise` when there are none (or
    /// 0 where 0 is not allowed), capped at `limit`.
    static func spanValue(_ value: UnsafePointer<xmlChar>?, otherwise: Int, limit: Int, zeroAllowed: Bool) -> Int {
        guard let value else { return otherwise }
        var i = 0
        while value[i] == 0x20 || value[i] == 0x09 || value[i] == 0x0A || value[i] == 0x0D { i += 1 }
        var n = 0
        var digits = 0
        while value[i] >= 0x30 && value[i] <= 0x39 {
            n = min(n * 10 + Int(value[i] - 0x30), limit)
            digits += 1
            i += 1
        }
        if digits == 0 || (n == 0 && !zeroAllowed) { return otherwise }
        return n
    }

    /// The data tables inside the body roots, by their `<table>` element: outside chrome, holding no other table
    /// (a table that holds tables lays them out: its cells are containers, the inner ones are the data), and
    /// judged a grid by `TableGridBuilder`.
    /// `flattened` counts the tables left as lines because they were too large to keep as grids.
    func dataTables(roots: [Int], flattened: inout Int) -> [Int: BuiltTable] {
        guard !tableNodes.isEmpty, !roots.isEmpty else { return [:] }
        let chrome = chromeOrInsideChrome()
        var out: [Int: BuiltTable] = [:]
        for (k, table) in tableNodes.enumerated() {
            guard !chrome[table], roots.contains(where: { $0 == table || isDescendant(table, of: $0) }) else { continue }
            if k + 1 < tableNodes.count && tableNodes[k + 1] <= Int(stats[table].lastDescendant) { continue }
            var builder = TableGridBuilder(walk: self, table: table)
            if let built = builder.build() { out[table] = built } else if builder.tooLarge { flattened += 1 }
        }
        return out
    }

    /// Appends a string's UTF-8 to a line buffer.
    func appendText(_ text: String, to line: inout LineBuffer, inLink: Bool) {
        var text = text
        text.withUTF8 { line.append($0, inLink: inLink) }
    }
}
