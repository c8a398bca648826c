/// What an attachment reader made of a file: body lines in reading order, its tables as grids, the lines it took
/// out as page furniture, and what it has to say about the file. Clean then treats the lines like a text input's.
struct AttachmentContent: Sendable, Equatable {
    /// Paragraphs in reading order, one per line (a table's rows are lines too, cells joined by a tab).
    var lines: [String]
    /// Every table, in document order, numbered from 1.
    var tables: [TableGrid] = []
    /// Lines removed as page furniture (running headers and footers, page numbers), with where they stood.
    var removed: [RemovedLine] = []
    /// Notes about the file (fallback reader used, pages without text, …).
    var diagnostics: [Diagnostic] = []
    /// A title the file marks as such (a Title or first-level heading style), when it has one.
    var title: String?
    /// What the text was read with, for `documents.encoding` (`pdf/poppler`, `docx`, `doc/antiword`).
    var reader: String

    /// The tab-joined line a grid row becomes in the text: each origin cell's text, empty slots skipped.
    static func rowLine(_ row: [TableGridCell]) -> String {
        row.filter { !$0.isSpanned && !$0.text.isEmpty }.map(\.text).joined(separator: "\t")
    }
}
