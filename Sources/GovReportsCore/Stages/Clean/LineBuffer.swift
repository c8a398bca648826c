/// Collects the UTF-8 of one paragraph, collapsing runs of ASCII whitespace into one space.
struct LineBuffer {
    /// Bytes of the paragraph so far.
    var bytes: [UInt8] = []
    /// Whether whitespace was seen since the last visible byte.
    var pendingSpace = false
    /// Visible bytes that came from link text.
    var linkBytes = 0
    /// Visible bytes that came from outside links.
    var plainBytes = 0

    /// Whether every visible byte of the paragraph is link text.
    var isAllLinks: Bool { linkBytes > 0 && plainBytes == 0 }

    /// Whether any visible byte has been collected.
    var hasText: Bool { !bytes.isEmpty }

    /// Appends UTF-8 text, collapsing whitespace; `inLink` counts it as link text.
    @inline(__always)
    mutating func append(_ p: UnsafeBufferPointer<UInt8>, inLink: Bool) {
        let before = bytes.count
        let n = p.count
        var i = 0
        while i < n {
            if LineBuffer.isSpace(p[i]) {
                pendingSpace = true
                i += 1
                continue
            }
            // A run of visible bytes is copied at once; only its first byte can follow pending white space.
            var end = i + 1
            while end < n && !LineBuffer.isSpace(p[end]) { end += 1 }
            appendVisible(p[i])
            if end > i + 1 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[(i + 1)..<end])) }
            i = end
        }
        // Separators between links (`首页 | 警务公开 | 办事指南`, `首页　›　通知`) leave a line of links a line of links.
        if inLink { linkBytes += bytes.count - before } else if !LineBuffer.isSeparatorRun(p) { plainBytes += bytes.count - before }
    }

    /// Whether a text run holds only white space and the marks that separate links in a bar (| / - · • 、 — » › ＞
    /// ｜ 丨, U+3000, U+00A0). Text runs exit at their first byte.
    @inline(__always)
    static func isSeparatorRun(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                guard isSpace(b) || b == 0x7C || b == 0x2F || b == 0x2D || b == 0x3E else { return false }
                i += 1
            } else if b == 0xC2 && i + 1 < n && (p[i + 1] == 0xA0 || p[i + 1] == 0xB7 || p[i + 1] == 0xBB) {
                i += 2
            } else if i + 2 < n {
                let c1 = p[i + 1], c2 = p[i + 2]
                let separator = (b == 0xE3 && c1 == 0x80 && (c2 == 0x80 || c2 == 0x81))          // U+3000 、
                    || (b == 0xE2 && c1 == 0x80 && (c2 == 0xA2 || c2 == 0x94 || c2 == 0xBA))     // • — ›
                    || (b == 0xEF && ((c1 == 0xBD && c2 == 0x9C) || (c1 == 0xBC && c2 == 0x9E)))  // ｜ ＞
                    || (b == 0xE4 && c1 == 0xB8 && c2 == 0xA8)                                  // 丨
                guard separator else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether a byte is ASCII white space that collapses into one space.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }

    /// Appends a non-space byte, first writing one space for any run of white space before it (none after a tab).
    @inline(__always)
    private mutating func appendVisible(_ b: UInt8) {
        if pendingSpace {
            if let last = bytes.last, last != 0x09 { bytes.append(0x20) }
            pendingSpace = false
        }
        bytes.append(b)
    }

    /// Appends `<pre>` text up to its first newline, which ends the paragraph: returns how many bytes it used
    /// including that newline (the caller takes the paragraph, then calls again with the rest), or nil when the
    /// text ran out first. It returns instead of calling back so the caller never reads this buffer while it is
    /// being changed.
    mutating func appendPreformatted(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        for i in 0..<p.count {
            let b = p[i]
            if b == 0x0A {
                return i + 1
            } else if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
            } else {
                appendVisible(b)
            }
        }
        return nil
    }

    /// Ends a table cell: the next cell's text follows after a tab.
    mutating func endCell() {
        if let last = bytes.last, last != 0x09 { bytes.append(0x09) }
        pendingSpace = false
    }

    /// The collected paragraph, trimmed, or nil if blank; the buffer is emptied.
    mutating func take() -> String? {
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
            linkBytes = 0
            plainBytes = 0
        }
        let range = LineBuffer.trimmedRange(bytes)
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The byte range of `bytes` without blanks at either end (ASCII whitespace, U+3000, U+00A0, U+FEFF, U+200B).
    static func trimmedRange(_ bytes: [UInt8]) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end {
            let width = blankWidth(bytes, at: start)
            if width == 0 { break }
            start += width
        }
        while end > start {
            let width = blankWidthBefore(bytes, end: end)
            if width == 0 { break }
            end -= width
        }
        return start..<end
    }

    /// Length of the blank scalar starting at `i`, or 0.
    @inline(__always)
    static func blankWidth(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B { return 1 }
        if c == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0 { return 2 }
        if i + 2 < b.count {
            if c == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x80 { return 3 }
            if c == 0xEF && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return 3 }
            if c == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x8B { return 3 }
        }
        return 0
    }

    /// Length of the blank scalar ending just before `end`, or 0.
    @inline(__always)
    static func blankWidthBefore(_ b: [UInt8], end: Int) -> Int {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B { return 1 }
        if end >= 2 && c == 0xA0 && b[end - 2] == 0xC2 { return 2 }
        if end >= 3 {
            let a = b[end - 3], m = b[end - 2]
            if (a == 0xE3 && m == 0x80 && c == 0x80) || (a == 0xEF && m == 0xBB && c == 0xBF) || (a == 0xE2 && m == 0x80 && c == 0x8B) {
                return 3
            }
        }
        return 0
    }
}
