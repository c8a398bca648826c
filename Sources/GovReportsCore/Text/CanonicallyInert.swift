/// Whether a string's UTF-8 holds only scalars that are in NFC and never compose, decompose or reorder with a
/// neighbour: for two such strings, Swift's `==` (canonical equivalence) is byte equality, so they can be hashed and
/// compared by bytes. `String`'s own hash first checks NFC scalar by scalar, which is costly on Chinese text.
enum CanonicallyInert {
    /// True when every scalar is below U+0300, in U+2010–U+206F, U+3000–U+3029, U+3030–U+303F, U+4000–U+9FFF or
    /// U+FF00–U+FFEF (ASCII and Latin, general punctuation after its two NFC-unstable spaces, CJK punctuation
    /// without the ideographic tone marks, CJK ideographs, full-width forms). False for anything else.
    static func check(_ line: String) -> Bool {
        var s = line
        return s.withUTF8 { check($0) }
    }

    /// The same over UTF-8 bytes (well-formed, as a String's are).
    static func check(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {
                i += 2 // U+0080–U+02FF
            } else if b >= 0xE4 && b <= 0xE9 {
                i += 3 // U+4000–U+9FFF
            } else if i + 2 < n {
                let c1 = p[i + 1], c2 = p[i + 2]
                switch b {
                case 0xE2: // U+2010–U+206F
                    guard (c1 == 0x80 && c2 >= 0x90) || (c1 == 0x81 && c2 <= 0xAF) else { return false }
                case 0xE3: // U+3000–U+3029, U+3030–U+303F
                    guard c1 == 0x80 && (c2 <= 0xA9 || c2 >= 0xB0) else { return false }
                case 0xEF: // U+FF00–U+FFEF
                    guard c1 >= 0xBC && (c1 < 0xBF || c2 <= 0xAF) else { return false }
                default:
                    return false
                }
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}
