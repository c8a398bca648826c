/// Builds an HTML page as UTF-8 bytes: markup goes in as written, every piece of data through an escaping append.
struct HTMLWriter {
    /// The page so far.
    private(set) var bytes: [UInt8] = []

    /// Starts an empty page with room for `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup written by this program (never data).
    mutating func raw(_ markup: String) {
        // Copied from the string's contiguous UTF-8 in one piece: appending a `String.UTF8View` goes byte by byte
        // through the generic path, a tenth of the report's time.
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends data as text or attribute content: `&`, `<`, `>`, `"` and `'` become entities, so no input can open
    /// a tag, close an attribute or start a script.
    mutating func text(_ value: String) {
        // Scanned as one buffer; runs between the characters to escape are copied in one piece (most data holds
        // none). Scanning the `UTF8View` with `contains(where:)` was another tenth of the report's time.
        var value = value
        value.withUTF8 { run in
            var start = 0
            for i in 0..<run.count where Self.needsEscape(run[i]) {
                if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[start..<i])) }
                appendEscaped(run[i])
                start = i + 1
            }
            if start < run.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[start..<run.count])) }
        }
    }

    /// Appends bytes of UTF-8 data the caller has checked hold nothing to escape.
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: run)
    }

    /// Whether an ASCII byte must be written as an entity.
    static func needsEscape(_ b: UInt8) -> Bool {
        b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27
    }

    /// Appends one byte of UTF-8 data, escaped as `text` does.
    mutating func byte(_ b: UInt8) {
        appendEscaped(b)
    }

    /// Appends an integer.
    mutating func int(_ v: Int) {
        DecimalText.append(v, to: &bytes)
    }

    /// Appends a number as the datasets write it: whole values without a fraction.
    mutating func number(_ v: Double) {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { DecimalText.append(Int64(v), to: &bytes) } else { raw("\(v)") }
    }

    /// A number as the datasets write it (whole values without `.0`).
    static func format(_ v: Double) -> String {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// The escape of one byte (ASCII markup characters; other bytes pass through).
    private mutating func appendEscaped(_ b: UInt8) {
        switch b {
        case 0x26: bytes.append(contentsOf: "&amp;".utf8)
        case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
        case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
        case 0x22: bytes.append(contentsOf: "&quot;".utf8)
        case 0x27: bytes.append(contentsOf: "&#39;".utf8)
        default: bytes.append(b)
        }
    }
}
