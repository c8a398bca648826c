/// JSON string encoding into a byte buffer, shared by the dataset writers and the stage-record writer.
enum JSONText {
    /// Hex digits for `\u00XX` escapes.
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string literal: UTF-8 passes through, slashes stay, and quotes, backslashes and
    /// control characters are escaped exactly as `JSONEncoder` does, so hand-written records hash identically.
    static func appendString(_ s: String, to buffer: inout [UInt8]) {
        buffer.append(0x22)
        // Most strings need no escape: copy their bytes in one go instead of one append per byte.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            buffer.append(contentsOf: s.utf8)
            buffer.append(0x22)
            return
        }
        for b in s.utf8 {
            switch b {
            case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
            case 0x08: buffer.append(contentsOf: [0x5C, 0x62])
            case 0x0C: buffer.append(contentsOf: [0x5C, 0x66])
            case 0..<0x20: buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: buffer.append(b)
            }
        }
        buffer.append(0x22)
    }
}
