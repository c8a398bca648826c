/// Recognises inputs that are not text: file signatures first, then a high share of control bytes.
enum BinarySniffer {
    /// File signatures (offset, bytes, name, weak) of formats that turn up among fetched "reports";
    /// a weak signature is also an ordinary way for text to start, so it needs control bytes to back it.
    static let signatures: [(offset: Int, magic: [UInt8], name: String, weak: Bool)] = [
        (0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image", false),
        (0, [0xFF, 0xD8, 0xFF], "JPEG image", false),
        (0, Array("GIF87a".utf8), "GIF image", false),
        (0, Array("GIF89a".utf8), "GIF image", false),
        (0, Array("%PDF-".utf8), "PDF document", false),
        (0, [0x50, 0x4B, 0x03, 0x04], "ZIP archive (or DOCX/XLSX)", false),
        (0, [0x50, 0x4B, 0x05, 0x06], "ZIP archive (empty)", false),
        (0, [0x1F, 0x8B], "GZIP archive", false),
        (0, [0x42, 0x5A, 0x68], "BZIP2 archive", true),
        (0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "XZ archive", false),
        (0, [0x28, 0xB5, 0x2F, 0xFD], "Zstandard archive", false),
        (0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-Zip archive", false),
        (0, Array("Rar!".utf8) + [0x1A, 0x07], "RAR archive", false),
        (0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE document (DOC/XLS/PPT)", false),
        (0, [0x7F, 0x45, 0x4C, 0x46], "ELF executable", false),
        (0, [0x4D, 0x5A], "Windows executable", true),
        (0, Array("RIFF".utf8), "RIFF media (WEBP/WAV/AVI)", true),
        (4, Array("ftyp".utf8), "MP4/MOV media", false),
        (0, [0x49, 0x49, 0x2A, 0x00], "TIFF image", false),
        (0, [0x4D, 0x4D, 0x00, 0x2A], "TIFF image", false),
        (0, Array("SQLite format 3".utf8) + [0x00], "SQLite database", false),
        (0, [0x00, 0x61, 0x73, 0x6D], "WebAssembly module", false),
        (0, Array("OggS".utf8), "Ogg media", false),
        (0, Array("ID3".utf8), "MP3 audio", true),
        (0, Array("wOFF".utf8), "WOFF font", false),
        (0, Array("wOF2".utf8), "WOFF2 font", false),
    ]

    /// How many leading bytes the control-byte share is measured over.
    static let sampleSize = 64 * 1024

    /// A description of the binary format, or nil when the bytes look like text.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for signature in signatures where bytes.count >= signature.offset + signature.magic.count {
            var matches = true
            for (k, byte) in signature.magic.enumerated() where bytes[signature.offset + k] != byte {
                matches = false
                break
            }
            guard matches else { continue }
            if signature.weak {
                let share = controlShare(bytes)
                if share.other + share.nul < 0.01 { continue }
            }
            return signature.name
        }
        let share = controlShare(bytes)
        // NULs sprinkled through a page are a fetch artefact (stripped with a warning); a third of them is UTF-16 or binary.
        if share.nul > 0.3 { return "binary data (\(Int(share.nul * 100))% NUL bytes)" }
        if share.other > 0.1 { return "binary data (\(Int(share.other * 100))% control bytes)" }
        return nil
    }

    /// Shares of NUL bytes and of other non-text control bytes in the leading sample.
    static func controlShare(_ bytes: UnsafeBufferPointer<UInt8>) -> (nul: Double, other: Double) {
        let n = min(bytes.count, sampleSize)
        guard n > 0 else { return (0, 0) }
        var nul = 0
        var other = 0
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var i = 0
        while i < n {
            // Skip eight bytes at a time when none is below 0x20 or equal to 0x7F (exact bit tricks for n ≤ 128).
            if i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let low = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                let x = w ^ 0x7F7F_7F7F_7F7F_7F7F
                let del = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if low == 0 && del == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x20 {
                if b == 0 { nul += 1 } else if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { other += 1 }
            } else if b == 0x7F {
                other += 1
            }
            i += 1
        }
        return (Double(nul) / Double(n), Double(other) / Double(n))
    }
}
