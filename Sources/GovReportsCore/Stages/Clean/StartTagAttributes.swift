/// Reads one start tag's attributes straight from raw markup, for the few attributes clean needs that the parser
/// never sees (`ParserInputTrimmer` drops them): quote-aware, so a value may hold a raw `>`.
struct StartTagAttributes {
    /// One attribute: its lower-cased name and the byte range of its value in the markup (nil when it has none).
    struct Attribute {
        /// The name, lower case.
        let name: [UInt8]
        /// Where the value stands in the markup (without quotes).
        let value: Range<Int>?
    }

    /// The tag's attributes in order.
    let attributes: [Attribute]
    /// The index just after the tag's closing `>`.
    let end: Int

    /// Reads the attributes of the start tag whose name ends just before `from`; nil when the tag does not close.
    init?(_ utf8: [UInt8], from: Int) {
        let n = utf8.count
        var j = from
        var found: [Attribute] = []
        while j < n {
            let c = utf8[j]
            if c == 0x3E {
                attributes = found
                end = j + 1
                return
            }
            if SrcdocSplicer.isSpace(c) || c == 0x2F { j += 1; continue }
            let nameStart = j
            while j < n, !SrcdocSplicer.isSpace(utf8[j]), utf8[j] != 0x3D, utf8[j] != 0x3E, utf8[j] != 0x2F { j += 1 }
            let name = utf8[nameStart..<j].map(EmbeddedDocumentScanner.lower)
            var k = j
            while k < n, SrcdocSplicer.isSpace(utf8[k]) { k += 1 }
            guard k < n, utf8[k] == 0x3D else {
                found.append(Attribute(name: name, value: nil))
                continue
            }
            k += 1
            while k < n, SrcdocSplicer.isSpace(utf8[k]) { k += 1 }
            guard k < n else { return nil }
            if utf8[k] == 0x22 || utf8[k] == 0x27 {
                let quote = utf8[k]
                var e = k + 1
                while e < n, utf8[e] != quote { e += 1 }
                guard e < n else { return nil }
                found.append(Attribute(name: name, value: (k + 1)..<e))
                j = e + 1
            } else {
                var e = k
                while e < n, !SrcdocSplicer.isSpace(utf8[e]), utf8[e] != 0x3E { e += 1 }
                found.append(Attribute(name: name, value: k..<e))
                j = e
            }
        }
        return nil
    }

    /// The value range of the first attribute named `name` (lower case), nil when absent or valueless.
    func value(_ name: String) -> Range<Int>? {
        let key = Array(name.utf8)
        return attributes.first { $0.name == key }?.value
    }

    /// Whether the tag has an attribute named `name` (lower case), with or without a value.
    func has(_ name: String) -> Bool {
        let key = Array(name.utf8)
        return attributes.contains { $0.name == key }
    }
}
