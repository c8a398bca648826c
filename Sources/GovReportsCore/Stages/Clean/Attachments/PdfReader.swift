import Foundation

/// Reads a PDF's text layer: poppler's `pdftotext -bbox-layout` (reading order and word boxes), MuPDF's
/// `mutool draw -F stext` when poppler gives nothing or U+FFFD; then furniture removal and paragraph joins.
struct PdfReader: Sendable {
    /// Seconds each converter may run.
    let seconds: Double
    /// poppler's text extractor (tests swap in a missing one to exercise the fallback).
    var poppler = ExternalTool(name: "pdftotext")
    /// MuPDF's command-line tool.
    var mupdf = ExternalTool(name: "mutool")

    /// Why a PDF gave no text.
    enum Failure: Error, Equatable {
        /// Neither converter is installed.
        case noReader
        /// The converters failed on the file; the text says how.
        case unreadable(String)
        /// No page has a text layer (a scanned PDF); the page count.
        case noText(pages: Int)
    }

    /// Reads `bytes` (a whole PDF).
    func read(_ bytes: [UInt8]) throws(Failure) -> AttachmentContent {
        var diagnostics: [Diagnostic] = []
        var reader = "pdf/poppler"
        var problems: [String] = []
        var pages: [PdfPage]?
        do {
            let xml = try poppler.run(["-q", "-enc", "UTF-8", "-bbox-layout", "{}", "-"], input: bytes, suffix: "pdf", seconds: seconds)
            pages = PdfLayoutParser.poppler(xml)
            if pages == nil { problems.append("pdftotext: unreadable output") }
        } catch {
            problems.append("pdftotext: \(PdfReader.describe(error))")
        }
        if pages.map(PdfReader.needsFallback) ?? true, mupdf.isAvailable {
            do {
                let xml = try mupdf.run(["draw", "-q", "-F", "stext", "-o", "-", "{}"], input: bytes, suffix: "pdf", seconds: seconds)
                if let other = PdfLayoutParser.mupdf(xml), PdfReader.score(other) > (pages.map(PdfReader.score) ?? -1) {
                    diagnostics.append(Diagnostic(.pdfFallbackReader, stage: .clean, severity: .info,
                                                  pages == nil ? "poppler could not read the PDF; its text is MuPDF's"
                                                               : "poppler's text had replacement characters or none; MuPDF's was better"))
                    pages = other
                    reader = "pdf/mupdf"
                }
            } catch {
                problems.append("mutool: \(PdfReader.describe(error))")
            }
        }
        guard let pages else {
            if !poppler.isAvailable && !mupdf.isAvailable { throw .noReader }
            throw .unreadable(problems.joined(separator: "; "))
        }
        let empty = pages.filter { $0.lines.isEmpty }.map(\.number)
        if empty.count == pages.count { throw .noText(pages: pages.count) }
        if !empty.isEmpty {
            diagnostics.append(Diagnostic(.pdfNoText, stage: .clean,
                                          "PDF page(s) \(PdfReader.ranges(empty)) of \(pages.count) have no text layer (scanned images?); their text is missing"))
        }
        // Furniture first (a running header's two halves must not look like a table row), then tables (a table's
        // cells must not look like columns), then columns, then paragraphs.
        let marked = PdfFurniture().mark(pages)
        let tables = PdfTableFinder().find(marked)
        let assembled = PdfParagraphs().assemble(tables.pages.map(PdfColumns().order))
        return AttachmentContent(lines: assembled.paragraphs, tables: tables.grids, removed: assembled.removed,
                                 diagnostics: diagnostics, title: PdfReader.title(assembled), reader: reader)
    }

    /// How much taller than the body's usual line a title's lines are.
    static let titleScale = 1.2

    /// The title: the paragraph set in the largest size on the first page with text, when that size stands out
    /// from the body's usual (median) line height; nil otherwise.
    static func title(_ assembled: PdfParagraphs.Result) -> String? {
        guard let firstPage = assembled.heights.map(\.page).min() else { return nil }
        let sorted = assembled.heights.map(\.height).sorted()
        let median = sorted[sorted.count / 2]
        var best: (index: Int, height: Double)?
        for (i, h) in assembled.heights.enumerated() where h.page == firstPage && h.height >= titleScale * median {
            if best == nil || h.height > best!.height { best = (i, h.height) }
        }
        return best.map { assembled.paragraphs[$0.index] }
    }

    /// Whether poppler's pages call for MuPDF: no text at all, or replacement characters in it.
    static func needsFallback(_ pages: [PdfPage]) -> Bool {
        let text = pages.flatMap(\.lines).map(\.text)
        return text.isEmpty || text.contains { $0.unicodeScalars.contains("\u{FFFD}") }
    }

    /// How good a reading is: its characters, less a heavy penalty for each replacement character.
    static func score(_ pages: [PdfPage]) -> Int {
        var score = 0
        for line in pages.flatMap(\.lines) {
            for s in line.text.unicodeScalars { score += s == "\u{FFFD}" ? -10 : 1 }
        }
        return score
    }

    /// Page numbers as ranges: `1-3, 7`.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count && numbers[j + 1] == numbers[j] + 1 { j += 1 }
            parts.append(i == j ? "\(numbers[i])" : "\(numbers[i])-\(numbers[j])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

    /// A converter failure in words.
    static func describe(_ failure: ExternalTool.Failure) -> String {
        switch failure {
        case .missing: return "not installed"
        case .timedOut: return "timed out"
        case .failed(let status, let message): return "exit \(status)\(message.isEmpty ? "" : ": \(message)")"
        }
    }
}
