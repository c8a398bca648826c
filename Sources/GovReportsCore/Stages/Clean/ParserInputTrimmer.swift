import Foundation

/// Cuts, before libxml2 sees a page, what it would parse only for clean to throw away: the bodies of `<script>` and
/// `<style>` (raw text that `PageParser` drops), the bodies of comments (a comment only ends a text run), and the
/// start-tag attributes the page walk never reads (`href`, `src`, `onclick`, `data-*` …; see `keptAttributes`).
/// libxml2 2.9.14 spends most of its time per input byte, and on the generated report pages these were ~25% of
/// them: the bare SAX parse of 100 pages fell from 790 M to 615 M instructions.
///
/// The SAX events libxml2 reports for the trimmed page are the events of the original, less the dropped text and
/// attributes: the scan follows libxml2's own HTML tokenizer (`HTMLparser.c`: content, start and end tags,
/// comments, `<!DOCTYPE`, processing instructions, script/style raw text, its attribute grammar), and at the first
/// construct it does not model exactly it stops cutting and passes the rest of the page through as it is. A `<meta>`
/// keeps all its attributes. One pass over the bytes; nil (no copy) when there is nothing to cut.
enum ParserInputTrimmer {
    /// Attributes the page walk reads (`PageWalk.inspectAttributes`: id, class, style, hidden; `noteTableRole`:
    /// rowspan, colspan); every other attribute is dropped (`<meta>` excepted). A new reader of an attribute must
    /// add it here, or it will never see it.
    static let keptAttributes: [String] = ["id", "class", "style", "hidden", "rowspan", "colspan"]
    /// libxml2's cap on a tag or attribute name (`HTML_PARSER_BUFFER_SIZE`): a longer name is split, so a tag
    /// holding one is passed through as it is.
    static let maxNameBytes = 100

    /// The page with what libxml2 need not see cut, or nil when nothing was cut. `rawBodies`: whether script and
    /// style bodies may go (the walk drops those elements).
    static func trim(_ utf8: [UInt8], rawBodies: Bool) -> [UInt8]? {
        utf8.withUnsafeBufferPointer { trim($0, rawBodies: rawBodies) }
    }

    /// The same over a buffer.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, rawBodies: Bool) -> [UInt8]? {
        var scan = Scan(bytes: bytes, rawBodies: rawBodies)
        return scan.run()
    }

    /// One pass over a page: the tokenizer state and the output being built.
    private struct Scan {
        /// The page.
        let bytes: UnsafeBufferPointer<UInt8>
        /// Whether script and style bodies may be cut.
        let rawBodies: Bool
        /// The trimmed page, built lazily (empty until the first cut).
        var out: [UInt8] = []
        /// Input up to here is in `out` or was cut.
        var copied = 0
        /// Whether anything was cut.
        var cut = false
        /// The kept attributes of the start tag being read (reused: an array per tag was a third of the scan).
        var kept: [Range<Int>] = []

        /// Starts a scan.
        init(bytes: UnsafeBufferPointer<UInt8>, rawBodies: Bool) {
            self.bytes = bytes
            self.rawBodies = rawBodies
        }

        /// Runs the scan; nil when nothing was cut.
        mutating func run() -> [UInt8]? {
            let n = bytes.count
            guard let base = bytes.baseAddress, n > 0 else { return nil }
            // A NUL ends libxml2's input (it reads `CUR == 0` as the end): such a page is left as it is.
            if memchr(base, 0, n) != nil { return nil }
            var i = 0
            scan: while i < n {
                guard let lt = find(0x3C, from: i) else { break }
                i = lt + 1
                guard i < n else { break }
                let c = bytes[i]
                if c == 0x2F {
                    // `</`: libxml2 reads a name, then skips to the next `>`; without a name only `</` is consumed.
                    if i + 1 < n && isHTMLNameStart(bytes[i + 1]) {
                        guard let gt = find(0x3E, from: i + 1) else { break scan }
                        i = gt + 1
                    } else {
                        i = lt + 2
                    }
                } else if c == 0x21 {
                    if has("--", at: i + 1) {
                        guard let (terminator, after) = commentEnd(from: lt + 4) else { break scan }
                        if terminator > lt + 4 { drop(lt + 4, terminator) }
                        i = after
                    } else if hasUppercased("DOCTYPE", at: i + 1) {
                        guard let after = doctypeEnd(from: lt + 9) else { break scan }
                        i = after
                    }
                    // Any other `<!` is text.
                } else if c == 0x3F {
                    // A processing instruction: with a target name it runs to the next `>`; else only `<?` goes.
                    guard i + 1 < n else { break }
                    let t = bytes[i + 1]
                    if t >= 0x80 { break scan } // a non-ASCII target name: not modelled
                    if isXMLNameStartASCII(t) {
                        guard let gt = find(0x3E, from: i + 1) else { break scan }
                        i = gt + 1
                    } else {
                        i = lt + 2
                    }
                } else if isASCIILetter(c) {
                    guard let next = startTag(at: lt) else { break scan }
                    i = next
                }
                // Otherwise `<` is text.
            }
            guard cut else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
            return out
        }

        /// Handles the start tag whose `<` is at `lt`: drops unread attributes, and a script or style body after
        /// it; returns where scanning goes on, or nil to stop cutting (the input ends inside, or a shape libxml2
        /// reads in a way not modelled here).
        mutating func startTag(at lt: Int) -> Int? {
            let n = bytes.count
            var j = lt + 1
            let nameEnd = nameEnd(from: j)
            var untouchable = nameEnd - j >= ParserInputTrimmer.maxNameBytes
            let isMeta = nameIs("meta", from: j, to: nameEnd)
            j = skipBlanks(nameEnd)
            // Emptied only when used: removeAll on an empty array still went through replaceSubrange.
            if !kept.isEmpty { kept.removeAll(keepingCapacity: true) }
            var dropped = false
            var selfClosing = false
            // htmlParseStartTag's attribute loop.
            while true {
                guard j < n else { return nil }
                let b = bytes[j]
                if b == 0x3E { break }
                if b == 0x2F && j + 1 < n && bytes[j + 1] == 0x3E {
                    selfClosing = true
                    break
                }
                if isHTMLNameStart(b) {
                    let start = j
                    let end = self.nameEnd(from: j)
                    if end - start >= ParserInputTrimmer.maxNameBytes { untouchable = true }
                    let keep = isKept(from: start, to: end)
                    var k = skipBlanks(end)
                    j = end
                    if k < n && bytes[k] == 0x3D {
                        k = skipBlanks(k + 1)
                        guard k < n else { return nil }
                        let quote = bytes[k]
                        if quote == 0x22 || quote == 0x27 {
                            guard let close = find(quote, from: k + 1) else { return nil }
                            j = close + 1
                        } else {
                            while k < n && bytes[k] != 0x3E && !isBlank(bytes[k]) { k += 1 }
                            j = k
                        }
                    }
                    if keep { kept.append(start..<j) } else { dropped = true }
                } else {
                    // A bogus attribute: libxml2 skips it up to a blank or the tag's end.
                    while j < n && !isBlank(bytes[j]) && bytes[j] != 0x3E
                        && !(bytes[j] == 0x2F && j + 1 < n && bytes[j + 1] == 0x3E) {
                        j += 1
                    }
                    dropped = true
                }
                j = skipBlanks(j)
            }
            let close = j
            if dropped && !untouchable && !isMeta {
                flush(upTo: nameEnd)
                for range in kept {
                    out.append(0x20)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
                }
                // `/>` after an unquoted value would join it (`a=x/>` is the value `x/`): keep a blank before it.
                if selfClosing { out.append(0x20) }
                copied = close
                cut = true
            }
            let after = close + (selfClosing ? 2 : 1)
            guard rawBodies && !selfClosing,
                  nameIs("script", from: lt + 1, to: nameEnd) || nameIs("style", from: lt + 1, to: nameEnd) else {
                return after
            }
            return rawBody(from: after, nameLength: nameEnd - lt - 1)
        }

        /// Cuts the raw-text body of the script or style element (name `nameLength` bytes long) opened just before
        /// `start`; returns where its end tag starts, or nil to stop cutting.
        mutating func rawBody(from start: Int, nameLength: Int) -> Int? {
            let n = bytes.count
            // libxml2 tests for an end tag or a start tag before it enters raw-text mode: not modelled.
            if start + 1 < n && bytes[start] == 0x3C
                && (bytes[start + 1] == 0x2F || isASCIILetter(bytes[start + 1]) || bytes[start + 1] == 0x5F
                    || bytes[start + 1] == 0x3A) {
                return nil
            }
            // In recovery mode the body ends at the first `</` followed by the element's name, in any case.
            var i = start
            while let lt = find(0x3C, from: i) {
                if lt + 1 < n && bytes[lt + 1] == 0x2F && matchesName(at: lt + 2, nameLength: nameLength) {
                    // `</scripts>` would be an unknown end tag inside the body: not modelled.
                    let end = lt + 2 + nameLength
                    if end < n && isHTMLNameChar(bytes[end]) { return nil }
                    if lt > start { drop(start, lt) }
                    return lt
                }
                i = lt + 1
            }
            return nil
        }

        /// Whether the `nameLength` bytes at `at` are, ignoring ASCII case, the raw-text element's name (`script`
        /// is 6 bytes, `style` 5).
        func matchesName(at: Int, nameLength: Int) -> Bool {
            guard at + nameLength <= bytes.count else { return false }
            let literal: StaticString = nameLength == 6 ? "script" : "style"
            let lit = literal.utf8Start
            for k in 0..<nameLength where (bytes[at + k] | 0x20) != lit[k] { return false }
            return true
        }

        /// The comment body starting at `start` ends at the first `-->` or `--!>` at or after it (libxml2 2.9.14's
        /// htmlParseComment): that terminator's start and the index after it; nil when there is none.
        func commentEnd(from start: Int) -> (Int, Int)? {
            var i = start
            let n = bytes.count
            while let dash = find(0x2D, from: i) {
                if dash + 2 < n && bytes[dash + 1] == 0x2D {
                    if bytes[dash + 2] == 0x3E { return (dash, dash + 3) }
                    if bytes[dash + 2] == 0x21 && dash + 3 < n && bytes[dash + 3] == 0x3E { return (dash, dash + 4) }
                }
                i = dash + 1
            }
            return nil
        }

        /// Where a `<!DOCTYPE` whose keyword ends before `start` ends (after its `>`), following
        /// htmlParseDocTypeDecl: a name, an optional SYSTEM or PUBLIC id with quoted literals, then anything up to
        /// `>`; nil when the input ends first or the name is not ASCII.
        func doctypeEnd(from start: Int) -> Int? {
            let n = bytes.count
            var j = skipBlanks(start)
            if j < n && bytes[j] >= 0x80 { return nil }
            if j < n && isXMLNameStartASCII(bytes[j]) {
                while j < n && isHTMLNameChar(bytes[j]) { j += 1 }
                if j < n && bytes[j] >= 0x80 { return nil }
            }
            j = skipBlanks(j)
            let system = hasUppercased("SYSTEM", at: j)
            if system || hasUppercased("PUBLIC", at: j) {
                j = skipBlanks(j + 6)
                guard let first = literalEnd(at: j) else { return nil }
                j = first
                if !system {
                    j = skipBlanks(j)
                    guard let second = literalEnd(at: j) else { return nil }
                    j = second
                }
            }
            guard let gt = find(0x3E, from: j) else { return nil }
            return gt + 1
        }

        /// After a quoted literal starting at `at` (or `at` itself when no quote is there); nil when it never closes.
        func literalEnd(at: Int) -> Int? {
            guard at < bytes.count, bytes[at] == 0x22 || bytes[at] == 0x27 else { return at }
            guard let close = find(bytes[at], from: at + 1) else { return nil }
            return close + 1
        }

        /// Drops `bytes[from..<to]` from the output.
        mutating func drop(_ from: Int, _ to: Int) {
            flush(upTo: from)
            copied = to
            cut = true
        }

        /// Copies the input not yet copied, up to `end`.
        mutating func flush(upTo end: Int) {
            if out.isEmpty { out.reserveCapacity(bytes.count) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
            copied = end
        }

        /// End of an HTML name (htmlParseHTMLName: letters, digits, `:-_.`) starting at `from`, at most
        /// `maxNameBytes` long (libxml2 splits a longer one).
        func nameEnd(from: Int) -> Int {
            var j = from
            let limit = min(bytes.count, from + ParserInputTrimmer.maxNameBytes)
            while j < limit && isHTMLNameChar(bytes[j]) { j += 1 }
            return j
        }

        /// Whether the attribute name `bytes[from..<to]` is one the walk reads.
        func isKept(from: Int, to: Int) -> Bool {
            switch to - from {
            case 2: return nameIs("id", from: from, to: to)
            case 5: return nameIs("class", from: from, to: to) || nameIs("style", from: from, to: to)
            case 6: return nameIs("hidden", from: from, to: to)
            case 7: return nameIs("rowspan", from: from, to: to) || nameIs("colspan", from: from, to: to)
            default: return false
            }
        }

        /// Whether `bytes[from..<to]` is the lower-case ASCII `literal`, ignoring ASCII case.
        @inline(__always)
        func nameIs(_ literal: StaticString, from: Int, to: Int) -> Bool {
            guard to - from == literal.utf8CodeUnitCount else { return false }
            let lit = literal.utf8Start
            for k in 0..<(to - from) where (bytes[from + k] | 0x20) != lit[k] { return false }
            return true
        }

        /// Whether the ASCII letters of `literal` (upper case) are at `at`, ignoring ASCII case.
        func hasUppercased(_ literal: StaticString, at: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard at + count <= bytes.count else { return false }
            let lit = literal.utf8Start
            for k in 0..<count where (bytes[at + k] & 0xDF) != lit[k] { return false }
            return true
        }

        /// Whether the ASCII `literal` is at `at`.
        func has(_ literal: StaticString, at: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard at + count <= bytes.count else { return false }
            let lit = literal.utf8Start
            for k in 0..<count where bytes[at + k] != lit[k] { return false }
            return true
        }

        /// Index of the first `byte` at or after `from`.
        @inline(__always)
        func find(_ byte: UInt8, from: Int) -> Int? {
            let n = bytes.count
            guard from < n, let base = bytes.baseAddress, let hit = memchr(base + from, Int32(byte), n - from) else {
                return nil
            }
            return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
        }

        /// The index after the blanks (libxml2's IS_BLANK_CH) at `from`.
        @inline(__always)
        func skipBlanks(_ from: Int) -> Int {
            var j = from
            while j < bytes.count && isBlank(bytes[j]) { j += 1 }
            return j
        }
    }

    /// libxml2's IS_BLANK_CH: space, tab, LF, CR (not form feed).
    @inline(__always)
    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// ASCII letter.
    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// A byte that may start an HTML tag or attribute name in htmlParseHTMLName: a letter, `_`, `:` or `.`.
    @inline(__always)
    static func isHTMLNameStart(_ b: UInt8) -> Bool { isASCIILetter(b) || b == 0x5F || b == 0x3A || b == 0x2E }

    /// A byte of an HTML name: a letter, a digit, `:`, `-`, `_` or `.`.
    @inline(__always)
    static func isHTMLNameChar(_ b: UInt8) -> Bool {
        isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F || b == 0x2E
    }

    /// An ASCII byte that may start an XML name (htmlParseName): a letter, `_` or `:`.
    @inline(__always)
    static func isXMLNameStartASCII(_ b: UInt8) -> Bool { isASCIILetter(b) || b == 0x5F || b == 0x3A }
}
