import Foundation

/// Finds the documents a page embeds (`<iframe src>`, `<embed src>`, `<object data>`) in its raw markup: the parser
/// never sees those attributes (`ParserInputTrimmer` drops them for speed), so a page whose body is a framed PDF or
/// a second HTML page would lose its body silently. Run only when the body came out thin, so it costs nothing on
/// ordinary pages.
enum EmbeddedDocumentScanner {
    /// The tags that embed another document, each with the attribute naming it (lower-case ASCII).
    static let embeddingTags: [(tag: [UInt8], attribute: [UInt8])] = [
        (Array("iframe".utf8), Array("src".utf8)),
        (Array("frame".utf8), Array("src".utf8)),
        (Array("embed".utf8), Array("src".utf8)),
        (Array("object".utf8), Array("data".utf8)),
    ]
    /// Most addresses reported (a page with many frames is a widget farm, not one framed body).
    static let maxSources = 3
    /// Longest address kept (bytes); longer ones are cut, as a message is no place for a data: URI.
    static let maxSourceBytes = 200
    /// Longest tag scanned for its attribute (bytes).
    static let maxTagBytes = 2000

    /// The embedded documents' addresses, in page order, at most `maxSources`; empty when the page embeds none.
    static func sources(in utf8: [UInt8]) -> [String] {
        var found: [String] = []
        let n = utf8.count
        var i = 0
        while i < n, found.count < maxSources {
            guard utf8[i] == 0x3C else { i += 1; continue }
            var matched: [UInt8]? = nil
            var nameEnd = i + 1
            for (tag, attribute) in embeddingTags where hasName(tag, in: utf8, at: i + 1) {
                matched = attribute
                nameEnd = i + 1 + tag.count
                break
            }
            guard let attribute = matched else { i += 1; continue }
            let limit = min(n, nameEnd + maxTagBytes)
            var end = nameEnd
            while end < limit && utf8[end] != 0x3E { end += 1 }
            if let value = attributeValue(attribute, in: utf8, from: nameEnd, to: end), !value.isEmpty,
               !found.contains(value) {
                found.append(value)
            }
            i = end
        }
        return found
    }

    /// Whether `name` (lower case) starts at `at`, case-insensitively, followed by a space, `/` or `>`.
    static func hasName(_ name: [UInt8], in utf8: [UInt8], at: Int) -> Bool {
        guard at + name.count < utf8.count else { return false }
        for (k, c) in name.enumerated() where lower(utf8[at + k]) != c { return false }
        let next = utf8[at + name.count]
        return next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x2F || next == 0x3E
    }

    /// The value of `attribute` inside the tag bytes `from..<to` (quoted or bare), nil when absent.
    static func attributeValue(_ attribute: [UInt8], in utf8: [UInt8], from: Int, to: Int) -> String? {
        var j = from
        while j + attribute.count < to {
            let before = utf8[j - 1]
            let boundary = before == 0x20 || before == 0x09 || before == 0x0A || before == 0x0D || before == 0x22 || before == 0x27
            var hit = boundary
            if hit { for (k, c) in attribute.enumerated() where lower(utf8[j + k]) != c { hit = false; break } }
            if hit {
                var v = j + attribute.count
                while v < to && (utf8[v] == 0x20 || utf8[v] == 0x09) { v += 1 }
                if v < to && utf8[v] == 0x3D {
                    v += 1
                    while v < to && (utf8[v] == 0x20 || utf8[v] == 0x09) { v += 1 }
                    var quote: UInt8? = nil
                    if v < to && (utf8[v] == 0x22 || utf8[v] == 0x27) { quote = utf8[v]; v += 1 }
                    var e = v
                    while e < to {
                        let c = utf8[e]
                        if let q = quote { if c == q { break } } else if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { break }
                        e += 1
                    }
                    let value = String(decoding: utf8[v..<min(e, v + maxSourceBytes)], as: UTF8.self)
                    return value.trimmingCharacters(in: .whitespaces)
                }
            }
            j += 1
        }
        return nil
    }

    /// ASCII lower case of one byte.
    static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
}
