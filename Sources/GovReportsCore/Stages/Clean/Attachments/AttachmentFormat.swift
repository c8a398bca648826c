/// The attachment formats clean recognises: the ones it reads (PDF, DOCX, DOC) and the ones it names and refuses.
enum AttachmentFormat: Equatable, Sendable {
    /// Portable Document Format (read with poppler, MuPDF as the fallback).
    case pdf
    /// Office Open XML word processing (a zip holding `word/document.xml`).
    case docx
    /// Word 97-2003 binary (an OLE compound file; read with antiword, catdoc as the fallback).
    case doc
    /// A format that is recognised but not read (WPS, OFD, another zip or OLE document); the name says which.
    case unsupported(String)

    /// The format's short name for messages.
    var label: String {
        switch self {
        case .pdf: return "PDF"
        case .docx: return "DOCX"
        case .doc: return "DOC"
        case .unsupported(let name): return name
        }
    }

    /// `%PDF-`: a PDF may have junk before it, so the first `pdfScan` bytes are searched.
    static let pdfMagic = Array("%PDF-".utf8)
    /// How far into a file a PDF header is looked for (the PDF spec lets readers accept up to 1024 junk bytes).
    static let pdfScan = 1024
    /// A zip's local file header.
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// An OLE compound file (DOC, WPS, XLS, PPT).
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The attachment format of `bytes` from `source`, or nil when the bytes are no attachment clean knows.
    /// The signature decides; the extension only tells apart formats that share one (DOC and WPS are both OLE,
    /// DOCX and OFD are both zips).
    static func detect(_ bytes: [UInt8], source: String) -> AttachmentFormat? {
        let ext = SourceResolver.fileExtension(pathPart(source))
        if hasPrefix(bytes, zipMagic) {
            if ext == "ofd" || contains(bytes, Array("OFD.xml".utf8), within: 4096) { return .unsupported("OFD") }
            if ext == "wps" { return .unsupported("WPS") }
            if contains(bytes, Array("word/".utf8), within: bytes.count) { return .docx }
            return nil
        }
        if hasPrefix(bytes, oleMagic) {
            if ext == "wps" || ext == "et" || ext == "dps" { return .unsupported("WPS") }
            if ext == "xls" || ext == "ppt" { return .unsupported(ext.uppercased()) }
            return .doc
        }
        if contains(bytes, pdfMagic, within: pdfScan) { return .pdf }
        return nil
    }

    /// The path of a URL or file source, without query or fragment.
    static func pathPart(_ source: String) -> String {
        var path = Substring(source)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        return String(path)
    }

    /// Whether `bytes` starts with `magic`.
    static func hasPrefix(_ bytes: [UInt8], _ magic: [UInt8]) -> Bool {
        bytes.count >= magic.count && bytes[0..<magic.count].elementsEqual(magic)
    }

    /// Whether `needle` occurs in the first `within` bytes.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8], within: Int) -> Bool {
        let end = min(bytes.count, within)
        guard end >= needle.count else { return false }
        var i = 0
        while i + needle.count <= end {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
