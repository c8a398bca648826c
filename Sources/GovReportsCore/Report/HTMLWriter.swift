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
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends data as text or attribute content: `&`, `<`, `>`, `"` and `'` become entities, so no input can open
    /// a tag, close an attribute or start a script.
    mutating func text(_ value: String) {
        for b in value.utf8 { appendEscaped(b) }
    }

    /// Appends one scalar of data, escaped as `text` does.
    mutating func scalar(_ s: Unicode.Scalar) {
        if s.isASCII {
            appendEscaped(UInt8(s.value))
        } else {
            // Stray C1 controls and the like are shown as they are: they cannot form markup.
            bytes.append(contentsOf: String(Character(s)).utf8)
        }
    }

    /// Appends an integer.
    mutating func int(_ v: Int) {
        DecimalText.append(v, to: &bytes)
    }

    /// Appends a number as the datasets write it: whole values without a fraction.
    mutating func number(_ v: Double) {
        raw(Self.format(v))
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
