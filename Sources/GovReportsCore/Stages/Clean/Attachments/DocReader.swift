/// Reads a Word 97-2003 (.doc) file with antiword, catdoc as the fallback (both from Debian), as UTF-8 text.
struct DocReader: Sendable {
    /// Seconds each converter may run.
    let seconds: Double
    /// The first choice: keeps paragraphs and reads tables.
    var antiword = ExternalTool(name: "antiword")
    /// The fallback: reads files antiword refuses (fast-saved, some WPS-written DOCs).
    var catdoc = ExternalTool(name: "catdoc")
    /// antiword's line width: wide, so that it does not wrap paragraphs itself.
    static let antiwordWidth = "1000"

    /// Why a DOC gave no text.
    enum Failure: Error, Equatable {
        /// Neither converter is installed.
        case noReader
        /// Both failed; the text says how.
        case unreadable(String)
    }

    /// Reads `bytes` (a whole DOC file).
    func read(_ bytes: [UInt8]) throws(Failure) -> AttachmentContent {
        var problems: [String] = []
        do {
            let out = try antiword.run(["-m", "UTF-8.txt", "-w", DocReader.antiwordWidth, "{}"], input: bytes, suffix: "doc",
                                       seconds: seconds)
            let parsed = DocReader.parse(out)
            if !parsed.lines.isEmpty { return AttachmentContent(lines: parsed.lines, tables: parsed.tables, reader: "doc/antiword") }
            problems.append("antiword: no text")
        } catch {
            problems.append("antiword: \(PdfReader.describe(error))")
        }
        do {
            let out = try catdoc.run(["-d", "utf-8", "-w", "{}"], input: bytes, suffix: "doc", seconds: seconds)
            let parsed = DocReader.parse(out)
            if !parsed.lines.isEmpty {
                return AttachmentContent(lines: parsed.lines, tables: parsed.tables, diagnostics: [
                    Diagnostic(.docFallbackReader, stage: .clean, severity: .info, "antiword could not read the DOC; its text is catdoc's"),
                ], reader: "doc/catdoc")
            }
            problems.append("catdoc: no text")
        } catch {
            problems.append("catdoc: \(PdfReader.describe(error))")
        }
        if !antiword.isAvailable && !catdoc.isAvailable { throw .noReader }
        throw .unreadable(problems.joined(separator: "; "))
    }

    /// The converter's output as paragraphs: antiword and catdoc wrap long paragraphs and separate paragraphs with
    /// a blank line, so the lines between blank lines are joined (without a space between CJK). antiword's table
    /// rows (`|a |b |`) become tab-joined lines and, run by run, grids; its image placeholders are dropped.
    static func parse(_ bytes: [UInt8]) -> (lines: [String], tables: [TableGrid]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines: [String] = []
        var tables: [TableGrid] = []
        var rows: [[TableGridCell]] = []
        var paragraph: [String] = []
        func closeParagraph() {
            if !paragraph.isEmpty { lines.append(PdfLine.join(paragraph)) }
            paragraph = []
        }
        func closeTable() {
            if rows.count >= 1 && (rows.map(\.count).max() ?? 0) >= 2 {
                tables.append(TableGrid(index: tables.count + 1, rows: rows))
            }
            rows = []
        }
        for raw in TextScan.lines(text) {
            let line = TextScan.trimmed(raw)
            if line.isEmpty || line == "[pic]" {
                closeParagraph()
                continue
            }
            if line.hasPrefix("|") && line.hasSuffix("|") && line.count > 1 {
                closeParagraph()
                let cells = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                    .map { TextScan.trimmed($0) }
                rows.append(cells.map { TableGridCell(text: $0) })
                let joined = cells.filter { !$0.isEmpty }.joined(separator: "\t")
                if !joined.isEmpty { lines.append(joined) }
                continue
            }
            closeTable()
            paragraph.append(line)
        }
        closeParagraph()
        closeTable()
        return (lines, tables)
    }
}
