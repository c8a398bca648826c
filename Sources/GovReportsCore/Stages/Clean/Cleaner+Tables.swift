/// Which of the body's tables a cleaned document keeps.
extension Cleaner {
    /// The tables with at least one row line the line rules kept (a table whose every row was removed, such as a
    /// disclosure header table read into metadata, is not body), numbered 1, 2, … in document order.
    static func surviving(_ tables: [TableGrid], rowLines: [[Int?]], kept: [Bool]) -> [TableGrid] {
        var out: [TableGrid] = []
        for (grid, lines) in zip(tables, rowLines) where lines.contains(where: { $0.map { $0 < kept.count && kept[$0] } ?? false }) {
            var grid = grid
            grid.index = out.count + 1
            out.append(grid)
        }
        return out
    }
}
