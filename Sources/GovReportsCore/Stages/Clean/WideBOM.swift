/// Recognises the byte-order marks of UTF-16 and UTF-32, whose text is full of NUL bytes and so must be told
/// apart from binary data before the binary sniffer or the NUL stripper sees it.
enum WideBOM {
    /// The wide charset whose byte-order mark starts `bytes`, with the mark's length, or nil.
    /// UTF-32LE is tried before UTF-16LE: its mark `FF FE 00 00` begins with UTF-16LE's `FF FE`.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> (charset: TextCharset, length: Int)? {
        let n = bytes.count
        if n >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 { return (.utf32le, 4) }
        if n >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF { return (.utf32be, 4) }
        if n >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return (.utf16le, 2) }
        if n >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return (.utf16be, 2) }
        return nil
    }
}
