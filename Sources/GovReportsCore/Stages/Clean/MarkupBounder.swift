import Foundation

/// Bounds the markup shapes that make libxml2's HTML parser superlinear, before it sees them: libxml2 checks each
/// attribute of a start tag against every earlier one (quadratic: a `<div>` with 200,000 attributes took 41.6 s),
/// so a start tag keeps at most `maxAttributes` attributes and none that ends more than `maxTagBytes` into the tag.
/// Only the start tag is shortened (its `>` stays), so the element and its text are kept. One linear pass over the
/// bytes, and no copy at all for a page with nothing to bound.
enum MarkupBounder {
    /// Most attributes one start tag keeps; real pages use a handful (the largest seen in the realpages, ~10).
    static let maxAttributes = 256
    /// Farthest, in bytes from the tag's `<`, an attribute may end and be kept (an inline base64 image beyond this
    /// loses its `src`, which clean never reads).
    static let maxTagBytes = 64 * 1024

    /// What was cut from a page.
    struct Report: Equatable, Sendable {
        /// Start tags shortened.
        var tags = 0
        /// Attributes dropped from them.
        var attributes = 0
        /// Bytes dropped from them.
        var bytes = 0

        /// The warning for the document (its diagnostic code is `markup-bounded`).
        var warning: String {
            "\(tags) start tag(s) with more than \(MarkupBounder.maxAttributes) "
                + "attributes or longer than \(MarkupBounder.maxTagBytes) bytes were shortened before parsing "
                + "(\(attributes) attribute(s), \(bytes) bytes dropped); the page is malformed or hostile"
        }
    }

    /// `utf8` with over-long start tags shortened, and what was cut; nil when nothing needed bounding.
    static func bound(_ utf8: [UInt8]) -> (utf8: [UInt8], report: Report)? {
        utf8.withUnsafeBufferPointer { bound($0) }
    }

    /// The same over a buffer.
    static func bound(_ bytes: UnsafeBufferPointer<UInt8>) -> (utf8: [UInt8], report: Report)? {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else { return nil }
        var out: [UInt8] = []
        var copied = 0
        var report = Report()
        var i = 0
        while i < n {
            guard let hit = memchr(base + i, 0x3C, n - i) else { break }
            let lt = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            i = lt + 1
            guard i < n else { break }
            let first = bytes[i]
            if first == 0x21 {
                // `<!--`: nothing inside a comment is a tag.
                if i + 2 < n && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x2D {
                    guard let end = find([0x2D, 0x2D, 0x3E], in: bytes, from: i + 3) else { break }
                    i = end + 3
                }
                continue
            }
            guard isLetter(first) else { continue }
            guard let tag = scanStartTag(bytes, at: lt) else { break }
            if tag.keepEnd < tag.close {
                if out.isEmpty { out.reserveCapacity(n) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<tag.keepEnd]))
                out.append(0x3E)
                copied = tag.close + 1
                report.tags += 1
                report.attributes += tag.dropped
                report.bytes += tag.close - tag.keepEnd
            }
            i = tag.close + 1
            // Script and style hold raw text, not tags: skip to their end tag as the HTML tokenizer does.
            if tag.rawText, let end = findEndTag(tag.name, in: bytes, from: i) { i = end }
        }
        guard report.tags > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        return (out, report)
    }

    /// One start tag: where its kept part ends, where its `>` is, how many attributes fall past the bound, its name.
    private struct StartTag {
        /// End of the last attribute kept (or of the name).
        var keepEnd: Int
        /// Index of the closing `>`.
        var close: Int
        /// Attributes past the bound.
        var dropped: Int
        /// Lower-cased name bytes of a script or style element (empty for every other tag).
        var name: [UInt8]
        /// Whether the element holds raw text (script, style).
        var rawText: Bool
    }

    /// Scans the start tag whose `<` is at `lt`; nil when the input ends inside it.
    private static func scanStartTag(_ bytes: UnsafeBufferPointer<UInt8>, at lt: Int) -> StartTag? {
        let n = bytes.count
        var j = lt + 1
        while j < n && !isSpace(bytes[j]) && bytes[j] != 0x3E && bytes[j] != 0x2F { j += 1 }
        let nameEnd = j
        var keepEnd = nameEnd
        var count = 0
        var dropped = 0
        while true {
            while j < n && (isSpace(bytes[j]) || bytes[j] == 0x2F) { j += 1 }
            guard j < n else { return nil }
            if bytes[j] == 0x3E { break }
            // An attribute: its name, then optionally `=` and a quoted or bare value.
            while j < n && !isSpace(bytes[j]) && bytes[j] != 0x3E && bytes[j] != 0x2F && bytes[j] != 0x3D { j += 1 }
            var k = j
            while k < n && isSpace(bytes[k]) { k += 1 }
            if k < n && bytes[k] == 0x3D {
                k += 1
                while k < n && isSpace(bytes[k]) { k += 1 }
                guard k < n else { return nil }
                let quote = bytes[k]
                if quote == 0x22 || quote == 0x27 {
                    guard let base = bytes.baseAddress, let hit = memchr(base + k + 1, Int32(quote), n - k - 1) else { return nil }
                    j = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base + 1
                } else {
                    j = k
                    while j < n && !isSpace(bytes[j]) && bytes[j] != 0x3E { j += 1 }
                }
            }
            count += 1
            if count <= maxAttributes && j - lt <= maxTagBytes && dropped == 0 {
                keepEnd = j
            } else {
                dropped += 1
            }
        }
        // Compared in place: building the name and the two literals as arrays was two thirds of this pass.
        let rawText = nameIs(bytes, from: lt + 1, to: nameEnd, "script") || nameIs(bytes, from: lt + 1, to: nameEnd, "style")
        let name = rawText ? (lt + 1..<nameEnd).map { bytes[$0] | 0x20 } : []
        return StartTag(keepEnd: dropped > 0 ? keepEnd : j, close: j, dropped: dropped, name: name, rawText: rawText)
    }

    /// Whether `bytes[from..<to]` is the lower-case ASCII `literal`, ignoring ASCII case.
    @inline(__always)
    private static func nameIs(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ literal: StaticString) -> Bool {
        guard to - from == literal.utf8CodeUnitCount else { return false }
        let lit = literal.utf8Start
        for k in 0..<(to - from) where (bytes[from + k] | 0x20) != lit[k] { return false }
        return true
    }

    /// Index just past the `</name …>` that ends a raw-text element, or nil when there is none.
    private static func findEndTag(_ name: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = bytes.count
        var i = start
        while let lt = find([0x3C, 0x2F], in: bytes, from: i) {
            var k = 0
            while k < name.count && lt + 2 + k < n && (bytes[lt + 2 + k] | 0x20) == name[k] { k += 1 }
            if k == name.count { return lt }
            i = lt + 2
        }
        return nil
    }

    /// Index of the first occurrence of `needle` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = start
        while i + needle.count <= n {
            guard let hit = memchr(base + i, Int32(needle[0]), n - i) else { return nil }
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            guard at + needle.count <= n else { return nil }
            var k = 1
            while k < needle.count && bytes[at + k] == needle[k] { k += 1 }
            if k == needle.count { return at }
            i = at + 1
        }
        return nil
    }

    /// ASCII letter.
    @inline(__always)
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// HTML whitespace.
    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
