import CLibXML2
import Foundation
import ZIPFoundation

/// Reads a DOCX file: opens the zip with ZIPFoundation and walks `word/document.xml` with libxml2, giving
/// paragraphs in order, tables as grids (gridSpan and vMerge resolved) and the title by paragraph style.
struct DocxReader: Sendable {
    /// Why a DOCX could not be read.
    enum Failure: Error, Equatable {
        /// The zip is damaged or has no `word/document.xml`; the text says which.
        case unreadable(String)
    }

    /// The most bytes a single part may inflate to (a zip bomb stops here).
    static let maxPartBytes = 64 * 1024 * 1024

    /// Reads `bytes` (a whole DOCX file).
    func read(_ bytes: [UInt8]) throws(Failure) -> AttachmentContent {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw .unreadable("not a readable zip archive (\(error))")
        }
        guard let body = part(archive, "word/document.xml") else { throw .unreadable("no word/document.xml in the archive") }
        guard let tree = XMLTree(bytes: body), let root = tree.root else { throw .unreadable("word/document.xml is not XML") }
        let styles = part(archive, "word/styles.xml").flatMap { DocxStyles(xml: $0) } ?? DocxStyles()
        var walker = DocxWalker(styles: styles)
        if let bodyNode = XMLTree.child(root, "body") { walker.block(bodyNode) }
        return AttachmentContent(lines: walker.lines, tables: walker.tables, title: walker.title, reader: "docx")
    }

    /// The inflated bytes of the entry at `path`, or nil when it is missing, damaged or over `maxPartBytes`.
    func part(_ archive: Archive, _ path: String) -> [UInt8]? {
        guard let entry = archive[path], entry.uncompressedSize <= UInt64(DocxReader.maxPartBytes) else { return nil }
        var out: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(contentsOf: chunk)
                if out.count > DocxReader.maxPartBytes { throw Failure.unreadable("part over the size cap") }
            }
        } catch { return nil }
        return out
    }
}
