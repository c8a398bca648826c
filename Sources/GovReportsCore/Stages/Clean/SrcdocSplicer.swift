/// Puts the documents a page carries inline in `<iframe srcdoc="…">` into the page itself: a CMS that frames its
/// article body this way shows it to readers, but the parser never reads attributes (`ParserInputTrimmer` drops
/// them), so the body would be lost. Each such `<iframe>` element is replaced by a `<div>` holding the body of its
/// decoded `srcdoc` document. Run only when the body came out thin, so ordinary pages pay nothing.
enum SrcdocSplicer {
    /// `iframe`, lower case.
    static let iframe: [UInt8] = Array("iframe".utf8)
    /// `</iframe`, lower case.
    static let iframeEnd: [UInt8] = Array("</iframe".utf8)
    /// `<body`, lower case.
    static let bodyOpen: [UInt8] = Array("<body".utf8)
    /// `</body`, lower case.
    static let bodyClose: [UInt8] = Array("</body".utf8)
    /// `</head`, lower case.
    static let headClose: [UInt8] = Array("</head".utf8)
    /// Most `srcdoc` frames inlined (a page with more is a widget farm; the first ones are the page's own).
    static let maxFrames = 4

    /// The page with each `<iframe srcdoc>` replaced by its document's body, or nil when no iframe has a non-empty
    /// `srcdoc`.
    static func spliced(_ utf8: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0
        var frames = 0
        var i = 0
        let n = utf8.count
        while i < n, frames < maxFrames {
            guard utf8[i] == 0x3C, EmbeddedDocumentScanner.hasName(iframe, in: utf8, at: i + 1) else { i += 1; continue }
            guard let tag = StartTagAttributes(utf8, from: i + 1 + iframe.count), let value = tag.value("srcdoc"),
                  !value.isEmpty else {
                i += 1
                continue
            }
            let tagEnd = tag.end
            let inner = body(of: decodeEntities(utf8[value]))
            // The element ends at its `</iframe>` (its fallback content goes with it), else at the start tag.
            var end = tagEnd
            if let close = find(iframeEnd, in: utf8, from: tagEnd) {
                end = close + iframeEnd.count
                while end < n && utf8[end] != 0x3E { end += 1 }
                end = min(n, end + 1)
            }
            out.append(contentsOf: utf8[copied..<i])
            out.append(contentsOf: Array("<div>".utf8))
            out.append(contentsOf: inner)
            out.append(contentsOf: Array("</div>".utf8))
            copied = end
            i = end
            frames += 1
        }
        guard frames > 0 else { return nil }
        out.append(contentsOf: utf8[copied...])
        return out
    }

    /// The content of a document's `<body>` (or what follows its `</head>`, or all of it), so that no second
    /// `<html>` or `<head>` lands inside the page.
    static func body(of document: [UInt8]) -> ArraySlice<UInt8> {
        if let open = find(bodyOpen, in: document, from: 0),
           let start = document[open...].firstIndex(of: 0x3E) {
            let end = lastFind(bodyClose, in: document) ?? document.count
            return end > start ? document[(start + 1)..<end] : []
        }
        if let head = find(headClose, in: document, from: 0), let start = document[head...].firstIndex(of: 0x3E) {
            return document[(start + 1)...]
        }
        return document[...]
    }

    /// Character references an attribute value may hold, decoded once (`&lt;p&gt;` → `<p>`); a reference the
    /// inner document itself needs was written doubled (`&amp;nbsp;`) and comes out as its own reference.
    static func decodeEntities(_ value: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(value.count)
        var i = value.startIndex
        while i < value.endIndex {
            let c = value[i]
            guard c == 0x26, let semi = value[i..<min(value.endIndex, i + maxReferenceBytes)].firstIndex(of: 0x3B) else {
                out.append(c)
                i += 1
                continue
            }
            let name = String(decoding: value[(i + 1)..<semi], as: UTF8.self)
            if let scalar = reference(name) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = semi + 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// Longest character reference read (`&#x10FFFF;` and the named ones fit).
    static let maxReferenceBytes = 12
    /// Named references decoded (the ones an escaped markup attribute uses).
    static let named: [String: Unicode.Scalar] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'",
                                                  "nbsp": "\u{00A0}"]

    /// The scalar a reference name (between `&` and `;`) stands for, nil when it is none this decoder knows.
    static func reference(_ name: String) -> Unicode.Scalar? {
        if let scalar = named[name.lowercased()] { return scalar }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return code.flatMap(Unicode.Scalar.init)
    }

    /// Whether a byte is HTML whitespace.
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    /// The first index of `needle` (lower case) in `haystack` at or after `from`, case-insensitively.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if matches(needle, in: haystack, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The last index of `needle` (lower case) in `haystack`, case-insensitively.
    static func lastFind(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        var i = haystack.count - needle.count
        while i >= 0 {
            if matches(needle, in: haystack, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// Whether `needle` (lower case) stands at `at` in `haystack`, case-insensitively.
    static func matches(_ needle: [UInt8], in haystack: [UInt8], at: Int) -> Bool {
        for (k, c) in needle.enumerated() where EmbeddedDocumentScanner.lower(haystack[at + k]) != c { return false }
        return true
    }
}
