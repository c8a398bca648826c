/// Chooses a document's charset: transport hint, BOM, `<meta>` near the top, then UTF-8 validity, else GB18030.
enum CharsetDetector {
    /// How far into the document to look for a `<meta … charset>` declaration.
    static let metaScanLimit = 16 * 1024

    /// Decides the charset of `bytes`; `hint` is the transport's charset, which beats the page's own meta.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, hint: String?, knownMultibyte: Int? = nil) -> CharsetDecision {
        // Bytes known well-formed (a stream line's JSON string) give the check's answer without a second walk; NUL
        // removal before this does not change it (NUL is a one-byte sequence).
        func survey(from start: Int, stopAtInvalid: Bool = false) -> (invalid: Int, multibyte: Int) {
            if let knownMultibyte, start == 0 { return (0, knownMultibyte) }
            return UTF8Check.scan(bytes, from: start, stopAtInvalid: stopAtInvalid)
        }
        var diagnostics: [Diagnostic] = []
        if let wide = WideBOM.detect(bytes) {
            return CharsetDecision(charset: wide.charset, bomLength: wide.length, basis: "bom", invalidUTF8: 0, diagnostics: [])
        }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return CharsetDecision(charset: .utf8, bomLength: 3, basis: "bom",
                                   invalidUTF8: UTF8Check.scan(bytes, from: 3).invalid, diagnostics: [])
        }
        if bytes.count >= 4 && bytes[0] == 0x84 && bytes[1] == 0x31 && bytes[2] == 0x95 && bytes[3] == 0x33 {
            return CharsetDecision(charset: .gb18030, bomLength: 4, basis: "bom", invalidUTF8: 0, diagnostics: [])
        }
        var declared: (TextCharset, String)?
        if let hint, !hint.isEmpty {
            if let charset = TextCharset.fromLabel(hint) {
                declared = (charset, "hint")
            } else {
                diagnostics.append(Diagnostic(.charsetUnsupported, stage: .clean, "transport charset \(hint) is not supported; detecting the charset from the page"))
            }
        }
        if declared == nil, let label = metaCharset(bytes) {
            if let charset = TextCharset.fromLabel(label) {
                declared = (charset, "meta")
            } else {
                diagnostics.append(Diagnostic(.charsetUnsupported, stage: .clean, "page declares charset \(label), which is not supported; detecting the charset from the bytes"))
            }
        }
        switch declared {
        case let (charset, basis)? where charset == .utf8:
            let check = survey(from: 0)
            if check.invalid == 0 || check.multibyte >= 4 * check.invalid {
                return CharsetDecision(charset: .utf8, bomLength: 0, basis: basis, invalidUTF8: check.invalid, diagnostics: diagnostics)
            }
            diagnostics.append(Diagnostic(.charsetMismatch, stage: .clean, "declared utf-8 (\(basis)) but \(check.invalid) byte sequences are not UTF-8; decoded as GB18030"))
            return CharsetDecision(charset: .gb18030, bomLength: 0, basis: "sniffed", invalidUTF8: check.invalid, diagnostics: diagnostics)
        case let (charset, basis)?:
            // Legacy labels are often left behind when a site converts to UTF-8; long clean UTF-8 is not GBK.
            // Only "all valid or not" matters here, so the check stops at the first invalid byte (a GBK page's
            // first Chinese character) instead of walking the whole page.
            let check = survey(from: 0, stopAtInvalid: true)
            if check.invalid == 0 && check.multibyte >= 16 {
                diagnostics.append(Diagnostic(.charsetMismatch, stage: .clean, "declared \(charset.rawValue) (\(basis)) but the bytes are valid UTF-8; decoded as UTF-8"))
                return CharsetDecision(charset: .utf8, bomLength: 0, basis: "sniffed", invalidUTF8: 0, diagnostics: diagnostics)
            }
            return CharsetDecision(charset: charset, bomLength: 0, basis: basis, invalidUTF8: check.invalid, diagnostics: diagnostics)
        case nil:
            let check = survey(from: 0)
            let looksUTF8 = check.invalid == 0 || check.multibyte >= 4 * check.invalid
            return CharsetDecision(charset: looksUTF8 ? .utf8 : .gb18030, bomLength: 0, basis: "sniffed",
                                   invalidUTF8: check.invalid, diagnostics: diagnostics)
        }
    }

    /// The charset named by a `<meta charset>` or `<meta http-equiv content="…charset=…">` near the top, if any.
    static func metaCharset(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(bytes.count, metaScanLimit)
        var i = 0
        while i + 5 < end {
            // `<meta`, case-insensitive
            if bytes[i] == 0x3C && (bytes[i + 1] | 0x20) == 0x6D && (bytes[i + 2] | 0x20) == 0x65
                && (bytes[i + 3] | 0x20) == 0x74 && (bytes[i + 4] | 0x20) == 0x61 {
                var j = i + 5
                while j < end && bytes[j] != 0x3E { j += 1 }
                if let label = charsetValue(bytes, from: i + 5, to: j) { return label }
                i = j
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The value after `charset=` inside one tag's bytes, if present.
    private static func charsetValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
        let word: [UInt8] = Array("charset".utf8)
        var i = start
        while i + word.count <= end {
            var k = 0
            while k < word.count && (bytes[i + k] | 0x20) == word[k] { k += 1 }
            if k == word.count {
                var j = i + k
                while j < end && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
                guard j < end, bytes[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < end && (bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27) { j += 1 }
                var label: [UInt8] = []
                while j < end, label.count < 40 {
                    let b = bytes[j]
                    let isLabelByte = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                        || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x3A
                    guard isLabelByte else { break }
                    label.append(b)
                    j += 1
                }
                return label.isEmpty ? nil : String(decoding: label, as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
