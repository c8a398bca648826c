import Foundation

/// One input line of `govreports stream --format jsonl`: `{"id", "source", "url"?, "html" | "text" | "base64",
/// "encoding"?, "fetched"?}`. `html` and `text` hold the document as a JSON string (its UTF-8 bytes are the
/// document); `base64` holds the raw bytes (RFC 4648) of a document that is not UTF-8 (GBK pages, UTF-16 files), and
/// `encoding` then names their charset the way an HTTP header would. Unknown keys are ignored.
struct StreamLine: Decodable {
    /// The caller's key (a string or an integer), echoed back.
    var id: String?
    /// The source name `doc_id` comes from; defaults to `url`.
    var source: String?
    /// The page's URL.
    var url: String?
    /// HTML as text, kept as its UTF-8 bytes (they are the document, and clean reads bytes).
    var html: [UInt8]?
    /// Plain text, kept as its UTF-8 bytes.
    var text: [UInt8]?
    /// Raw bytes, base64.
    var base64: String?
    /// Transport charset of the bytes.
    var encoding: String?
    /// Fetch time, ISO 8601.
    var fetched: String?
    /// Multi-byte UTF-8 sequences in `html` or `text` (both are well-formed UTF-8), counted while they were read.
    var contentMultibyte: Int?

    /// The keys read.
    enum CodingKeys: String, CodingKey {
        case id, source, url, html, text, base64, encoding, fetched
    }

    /// An empty line (every field absent), filled in by `StreamLineScanner`.
    init() {}

    /// Decodes, taking an integer `id` as its decimal text.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let s = try? c.decodeIfPresent(String.self, forKey: .id) { id = s } else {
            id = try c.decodeIfPresent(Int.self, forKey: .id).map(String.init)
        }
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        html = try c.decodeIfPresent(String.self, forKey: .html).map { Array($0.utf8) }
        text = try c.decodeIfPresent(String.self, forKey: .text).map { Array($0.utf8) }
        base64 = try c.decodeIfPresent(String.self, forKey: .base64)
        encoding = try c.decodeIfPresent(String.self, forKey: .encoding)
        fetched = try c.decodeIfPresent(String.self, forKey: .fetched)
        contentMultibyte = (html ?? text).map { content in
            content.withUnsafeBufferPointer { UTF8Check.scan($0, from: 0).multibyte }
        }
    }

    /// The document this line names, or why it names none.
    func item(position: String) -> StreamItem {
        let name = source ?? url
        func reject(_ reason: String) -> StreamItem {
            .rejected(StreamRejection(position: position, id: id, source: name, reason: reason))
        }
        guard let name, !name.isEmpty else { return reject("no \"source\" (or \"url\") to name the document by") }
        let contents = [html != nil, text != nil, base64 != nil].filter { $0 }
        guard contents.count == 1 else {
            return reject(contents.isEmpty ? "no \"html\", \"text\" or \"base64\" content"
                                           : "more than one of \"html\", \"text\" and \"base64\"")
        }
        let bytes: [UInt8]
        var multibyte: Int?
        if let base64 {
            guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
                return reject("\"base64\" is not valid base64")
            }
            bytes = [UInt8](data)
        } else {
            bytes = html ?? text ?? []
            multibyte = contentMultibyte
        }
        return .document(StreamInput(id: id, source: name, url: url, bytes: bytes, charsetHint: encoding, fetched: fetched,
                                     utf8Multibyte: multibyte))
    }
}
