/// Minimal JSON string encoding into a byte buffer (UTF-8 passes through; controls escaped).
enum JSONText {
    /// Appends `s` as a JSON string literal.
    static func appendString(_ s: String, to buffer: inout [UInt8]) {
        buffer.append(0x22)
        // Most cells need no escape: copy their bytes in one go instead of one append per byte.
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
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: buffer.append(b)
            }
        }
        buffer.append(0x22)
    }
}
