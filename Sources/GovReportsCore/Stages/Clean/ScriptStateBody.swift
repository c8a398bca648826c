/// Reads the article a script-rendered page carries only in an inline script's JSON state (`window.__INITIAL_STATE__=
/// {…"content":"\u003cp\u003e…"}`, a `<script type="application/json">` blob): the longest JSON string there that
/// holds HTML with enough text becomes the page's body, and its sibling date and source keys become meta tags. Run
/// only when the page's own body came out thin, so ordinary pages pay nothing.
enum ScriptStateBody {
    /// Fewest text scalars (outside tags) a JSON string's HTML must hold to be read as the article.
    static let minTextScalars = 200
    /// JSON keys whose string value names the article's source organ (compared lower-cased).
    static let sourceKeys: Set<String> = ["source", "contentsource", "origin", "sourcename"]
    /// Longest date or source value (UTF-8 bytes) taken as a meta tag; a longer one is prose, not a field.
    static let maxMetaValueBytes = 200
    /// `script`, for the tag scan.
    static let script: [UInt8] = Array("script".utf8)
    /// `</script`, the end of a script's content.
    static let scriptEnd: [UInt8] = Array("</script".utf8)

    /// One JSON string of a script: the key it is the value of (lower-cased; nil for a key itself or an array item)
    /// and its decoded UTF-8.
    struct Value {
        /// The key before it, lower-cased.
        let key: String?
        /// The decoded string.
        let text: [UInt8]
    }

    /// The page with the article found in its inline scripts' JSON spliced in as the body (and date and source meta
    /// tags in its head), or nil when no inline script holds a JSON string of HTML with `minTextScalars` of text.
    static func spliced(_ utf8: [UInt8]) -> [UInt8]? {
        var best: (text: [UInt8], words: Int, metas: [(String, [UInt8])])?
        for content in inlineScripts(utf8) {
            let values = strings(in: utf8[content])
            for value in values {
                guard value.text.contains(0x3C), let words = htmlTextScalars(value.text), words >= minTextScalars,
                      words > (best?.words ?? 0) else { continue }
                best = (value.text, words, metas(values))
            }
        }
        guard let best else { return nil }
        var head: [UInt8] = []
        for (name, value) in best.metas {
            head += Array("<meta name=\"\(name)\" content=\"".utf8) + escapedAttribute(value) + Array("\">".utf8)
        }
        let body = Array("<div class=\"script-state-article\">".utf8) + best.text + Array("</div>".utf8)
        var out = utf8
        // Body first (it stands later in the page), then the head, so the first insertion point stays valid.
        if let open = tagStart("body", in: out), let end = StartTagAttributes(out, from: open + 5)?.end {
            out.insert(contentsOf: body, at: end)
        } else {
            out += body
        }
        if let close = SrcdocSplicer.find(SrcdocSplicer.headClose, in: out, from: 0) {
            out.insert(contentsOf: head, at: close)
        }
        return out
    }

    /// The first date key's value and the first source key's value among `values`, as meta tags.
    static func metas(_ values: [Value]) -> [(String, [UInt8])] {
        var out: [(String, [UInt8])] = []
        var date = false
        var source = false
        for value in values {
            guard let key = value.key, !value.text.isEmpty, value.text.count <= maxMetaValueBytes else { continue }
            if !date && PageMetadataExtractor.dateKeys.contains(key) {
                out.append(("pubdate", value.text))
                date = true
            } else if !source && sourceKeys.contains(key) {
                out.append(("contentsource", value.text))
                source = true
            }
        }
        return out
    }

    /// Byte ranges of the contents of the page's inline scripts (those with no `src`).
    static func inlineScripts(_ utf8: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = utf8.count
        while i < n {
            guard utf8[i] == 0x3C, EmbeddedDocumentScanner.hasName(script, in: utf8, at: i + 1),
                  let tag = StartTagAttributes(utf8, from: i + 1 + script.count) else { i += 1; continue }
            let end = SrcdocSplicer.find(scriptEnd, in: utf8, from: tag.end) ?? n
            if !tag.has("src") { out.append(tag.end..<end) }
            i = max(end, i + 1)
        }
        return out
    }

    /// The JSON string literals of a script, decoded, each with the key it is the value of.
    static func strings(in code: ArraySlice<UInt8>) -> [Value] {
        var out: [Value] = []
        var pendingKey: String?
        var i = code.startIndex
        while i < code.endIndex {
            let c = code[i]
            guard c == 0x22 else {
                // A value's key holds only for the value right after its colon.
                if c == 0x2C || c == 0x7B || c == 0x7D || c == 0x5B || c == 0x5D { pendingKey = nil }
                i += 1
                continue
            }
            let (text, end) = decodeString(code, from: i + 1)
            var j = end
            while j < code.endIndex, SrcdocSplicer.isSpace(code[j]) { j += 1 }
            if j < code.endIndex, code[j] == 0x3A {
                pendingKey = String(decoding: text, as: UTF8.self).lowercased()
                i = j + 1
            } else {
                out.append(Value(key: pendingKey, text: text))
                pendingKey = nil
                i = end
            }
        }
        return out
    }

    /// Decodes the JSON string whose content starts at `from` (after its opening quote): its UTF-8 and the index after
    /// its closing quote (or the end).
    static func decodeString(_ code: ArraySlice<UInt8>, from: Int) -> ([UInt8], Int) {
        var out: [UInt8] = []
        var i = from
        var pendingHigh: UInt32?
        while i < code.endIndex {
            let c = code[i]
            if c == 0x22 { return (out, i + 1) }
            guard c == 0x5C, i + 1 < code.endIndex else { out.append(c); i += 1; continue }
            let e = code[i + 1]
            i += 2
            switch e {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62, 0x66: out.append(0x20)
            case 0x75:
                guard i + 4 <= code.endIndex, let unit = UInt32(String(decoding: code[i..<(i + 4)], as: UTF8.self), radix: 16)
                else { continue }
                i += 4
                if (0xD800...0xDBFF).contains(unit) { pendingHigh = unit; continue }
                var value = unit
                if (0xDC00...0xDFFF).contains(unit), let high = pendingHigh {
                    value = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                }
                pendingHigh = nil
                if let scalar = Unicode.Scalar(value) { out += Array(String(Character(scalar)).utf8) }
            default: out.append(e)
            }
        }
        return (out, code.endIndex)
    }

    /// Letters and digits outside tags in an HTML string, or nil when it holds no tag (plain text is no article).
    static func htmlTextScalars(_ html: [UInt8]) -> Int? {
        var inTag = false
        var tags = 0
        var words = 0
        for s in String(decoding: html, as: UTF8.self).unicodeScalars {
            if s == "<" { inTag = true; tags += 1 } else if s == ">" { inTag = false } else if !inTag
                && Cleaner.isWordScalar(s) { words += 1 }
        }
        return tags > 0 ? words : nil
    }

    /// `value` safe inside a double-quoted attribute.
    static func escapedAttribute(_ value: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for c in value {
            switch c {
            case 0x26: out += Array("&amp;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            default: out.append(c)
            }
        }
        return out
    }

    /// Where the start tag `<name` begins (case-insensitive), nil when absent.
    static func tagStart(_ name: String, in utf8: [UInt8]) -> Int? {
        let key = Array(name.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == 0x3C, EmbeddedDocumentScanner.hasName(key, in: utf8, at: i + 1) { return i }
            i += 1
        }
        return nil
    }
}
