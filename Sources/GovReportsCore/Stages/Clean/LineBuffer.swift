/// Collects the UTF-8 of one paragraph, collapsing runs of ASCII whitespace into one space.
struct LineBuffer {
    /// Bytes of the paragraph so far.
    var bytes: [UInt8] = []
    /// Whether whitespace was seen since the last visible byte.
    var pendingSpace = false

    /// Whether any visible byte has been collected.
    var hasText: Bool { !bytes.isEmpty }

    /// Appends a NUL-terminated UTF-8 string, collapsing whitespace.
    @inline(__always)
    mutating func append(_ p: UnsafePointer<UInt8>) {
        var i = 0
        while true {
            let b = p[i]
            if b == 0 { return }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
            } else {
                if pendingSpace {
                    if let last = bytes.last, last != 0x09 { bytes.append(0x20) }
                    pendingSpace = false
                }
                bytes.append(b)
            }
            i += 1
        }
    }

    /// Appends `<pre>` text, where a newline ends the paragraph.
    mutating func appendPreformatted(_ p: UnsafePointer<UInt8>, onNewline: () -> Void) {
        var i = 0
        while true {
            let b = p[i]
            if b == 0 { return }
            if b == 0x0A {
                onNewline()
            } else if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
            } else {
                if pendingSpace {
                    if let last = bytes.last, last != 0x09 { bytes.append(0x20) }
                    pendingSpace = false
                }
                bytes.append(b)
            }
            i += 1
        }
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
        }
        guard !bytes.isEmpty else { return nil }
        let text = TextScan.trimmed(String(decoding: bytes, as: UTF8.self))
        return text.isEmpty ? nil : text
    }
}
