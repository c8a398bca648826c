import Foundation

/// Reads an `ExtractedDocument` from its JSON artifact without `Codable`: `JSONDecoder`'s per-field boxing was a
/// fifth of a whole run, all of it in export. Accepts any JSON object with the record's keys (any order, unknown
/// keys skipped, whitespace allowed), so artifacts written by `JSONEncoder` read the same.
struct ExtractRecordReader {
    /// The artifact's bytes.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Read position.
    private(set) var at = 0
    /// Whether fields the report never shows (`tableCells`, a quantity's `sentence`) are skipped, not decoded.
    var skipsUnshown = false

    /// Decodes a whole record; throws `ExtractRecordReadError` naming the byte offset of the first problem.
    static func decode(_ data: [UInt8]) throws(ExtractRecordReadError) -> ExtractedDocument {
        try data.withUnsafeBufferPointer { (buffer) throws(ExtractRecordReadError) -> ExtractedDocument in
            var reader = ExtractRecordReader(bytes: buffer)
            let document = try reader.document()
            reader.skipSpace()
            guard reader.at == buffer.count else { throw reader.fail("trailing bytes after the record") }
            return document
        }
    }

    /// Starts reading at the first byte.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Records

    /// The top-level object.
    mutating func document() throws(ExtractRecordReadError) -> ExtractedDocument {
        var d = ExtractedDocument(docID: "", source: "", sha256: "", encoding: "", metadata: DocumentMetadata(), chars: 0,
                                  text: "", sections: [], quantities: [], citations: [], indicators: [], diagnostics: [])
        var seen = 0
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "chars": d.chars = try r.int(); seen |= 1
            case "citations": d.citations = try r.array { (r) throws(ExtractRecordReadError) in try r.citation() }
            case "diagnostics": d.diagnostics = try r.array { (r) throws(ExtractRecordReadError) in try r.diagnostic() }
            case "disclosure": d.disclosure = try r.array { (r) throws(ExtractRecordReadError) in try r.disclosureCell() }
            case "docID": d.docID = try r.string(); seen |= 2
            case "encoding": d.encoding = try r.string()
            case "indicators": d.indicators = try r.array { (r) throws(ExtractRecordReadError) in try r.indicator() }
            case "metadata": d.metadata = try r.metadata()
            case "quantities": d.quantities = try r.array { (r) throws(ExtractRecordReadError) in try r.quantity() }
            case "sections": d.sections = try r.array { (r) throws(ExtractRecordReadError) in try r.section() }
            case "sha256": d.sha256 = try r.string()
            case "source": d.source = try r.string()
            case "tableCells" where r.skipsUnshown: try r.skipValue()
            case "tableCells": d.tableCells = try r.array { (r) throws(ExtractRecordReadError) in try r.tableCell() }
            case "text": d.text = try r.string(); seen |= 4
            default: try r.skipValue()
            }
        }
        guard seen == 7 else { throw fail("record lacks chars, docID or text") }
        return d
    }

    /// The metadata object.
    private mutating func metadata() throws(ExtractRecordReadError) -> DocumentMetadata {
        var m = DocumentMetadata()
        try object { (r, key) throws(ExtractRecordReadError) in
            switch key {
            case "adminLevel": m.adminLevel = try r.isNull() ? nil : r.enumeration(AdminLevel.self)
            case "agency": m.agency = try r.optionalString()
            case "city": m.city = try r.optionalString()
            case "county": m.county = try r.optionalString()
            case "divisionCode": m.divisionCode = try r.optionalString()
            case "province": m.province = try r.optionalString()
            case "published": m.published = try r.optionalString()
            case "reportYear": m.reportYear = try r.isNull() ? nil : r.int()
            case "signed": m.signed = try r.optionalString()
            case "title": m.title = try r.optionalString()
            case "indexNo": m.indexNo = try r.optionalString()
            case "issuer": m.issuer = try r.optionalString()
            case "docNumber": m.docNumber = try r.optionalString()
            case "written": m.written = try r.optionalString()
            case "subjectTerms": m.subjectTerms = try r.optionalString()
            default: try r.skipValue()
            }
        }
        return m
    }

    // MARK: JSON

    /// An error at the current position.
    func fail(_ reason: String) -> ExtractRecordReadError {
        ExtractRecordReadError(offset: at, reason: reason)
    }

    /// Skips JSON whitespace.
    mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    /// Consumes `byte` after optional whitespace, or fails.
    private mutating func expect(_ byte: UInt8) throws(ExtractRecordReadError) {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
        at += 1
    }

    /// Whether the next byte (after whitespace) is `byte`; consumes it if so.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    /// Calls `member` for each key of an object, positioned at the key's value.
    mutating func object(_ member: (inout ExtractRecordReader, String) throws(ExtractRecordReadError) -> Void)
        throws(ExtractRecordReadError) {
        try expect(0x7B)
        if take(0x7D) { return }
        repeat {
            skipSpace()
            let key = try string()
            try expect(0x3A)
            try member(&self, key)
        } while take(0x2C)
        try expect(0x7D)
    }

    /// Reads an array, one element per call of `element`.
    mutating func array<T>(_ element: (inout ExtractRecordReader) throws(ExtractRecordReadError) -> T)
        throws(ExtractRecordReadError) -> [T] {
        try expect(0x5B)
        var items: [T] = []
        if take(0x5D) { return items }
        repeat {
            items.append(try element(&self))
        } while take(0x2C)
        try expect(0x5D)
        return items
    }

    /// Whether the next value is `null` (consumed if so).
    mutating func isNull() -> Bool {
        skipSpace()
        guard at + 4 <= bytes.count, bytes[at] == 0x6E, bytes[at + 1] == 0x75, bytes[at + 2] == 0x6C, bytes[at + 3] == 0x6C
        else { return false }
        at += 4
        return true
    }

    /// `true` or `false`.
    mutating func bool() throws(ExtractRecordReadError) -> Bool {
        skipSpace()
        if at + 4 <= bytes.count, bytes[at] == 0x74, bytes[at + 1] == 0x72, bytes[at + 2] == 0x75, bytes[at + 3] == 0x65 {
            at += 4
            return true
        }
        if at + 5 <= bytes.count, bytes[at] == 0x66, bytes[at + 1] == 0x61, bytes[at + 2] == 0x6C, bytes[at + 3] == 0x73,
           bytes[at + 4] == 0x65 {
            at += 5
            return false
        }
        throw fail("expected true or false")
    }

    /// A string or `null`.
    mutating func optionalString() throws(ExtractRecordReadError) -> String? {
        isNull() ? nil : try string()
    }

    /// A raw-valued enumeration written as its string.
    mutating func enumeration<E: RawRepresentable>(_ type: E.Type) throws(ExtractRecordReadError) -> E
        where E.RawValue == String {
        let raw = try string()
        guard let value = E(rawValue: raw) else { throw fail("unknown \(E.self) value \"\(raw)\"") }
        return value
    }

    /// A string literal; copied whole when it holds no escapes (the common case).
    mutating func string() throws(ExtractRecordReadError) -> String {
        skipSpace()
        guard at < bytes.count, bytes[at] == 0x22 else { throw fail("expected a string") }
        at += 1
        let start = at
        while at < bytes.count, bytes[at] != 0x22, bytes[at] != 0x5C { at += 1 }
        guard at < bytes.count else { throw fail("unterminated string") }
        if bytes[at] == 0x22 {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
            at += 1
            return text
        }
        var out = Array(bytes[start..<at])
        while true {
            guard at < bytes.count else { throw fail("unterminated string") }
            let byte = bytes[at]
            if byte == 0x22 { at += 1; break }
            if byte != 0x5C {
                // Copy the run up to the next quote or backslash at once (texts escape every newline).
                let runStart = at
                while at < bytes.count, bytes[at] != 0x22, bytes[at] != 0x5C { at += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
                continue
            }
            at += 1
            guard at < bytes.count else { throw fail("unterminated escape") }
            let escape = bytes[at]
            at += 1
            if let byte = JSONText.unescapedByte(escape) {
                out.append(byte)
                continue
            }
            guard escape == 0x75 else { throw fail("invalid escape") }
            var scalar = try hex4()
            if scalar >= 0xD800 && scalar < 0xDC00 {
                // A high surrogate must pair with a low one (\uD83D\uDE00).
                guard at + 1 < bytes.count, bytes[at] == 0x5C, bytes[at + 1] == 0x75 else { throw fail("lone surrogate") }
                at += 2
                let low = try hex4()
                guard low >= 0xDC00 && low < 0xE000 else { throw fail("bad surrogate pair") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let value = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
            out.append(contentsOf: String(value).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Steps over a string literal without building it (escapes are stepped over, not decoded or checked).
    mutating func skipString() throws(ExtractRecordReadError) {
        skipSpace()
        guard at < bytes.count, bytes[at] == 0x22 else { throw fail("expected a string") }
        at += 1
        while at < bytes.count {
            switch bytes[at] {
            case 0x22:
                at += 1
                return
            case 0x5C: at += 2
            default: at += 1
            }
        }
        throw fail("unterminated string")
    }

    /// Whether the next string literal equals `other`, compared without building a string; consumes it when equal
    /// and leaves the position unchanged when not (so the caller can decode it instead).
    mutating func stringEquals(_ other: String) throws(ExtractRecordReadError) -> Bool {
        skipSpace()
        let start = at
        var other = other
        guard at < bytes.count, bytes[at] == 0x22 else { throw fail("expected a string") }
        let equal = other.withUTF8 { want -> Bool in
            at += 1
            var k = 0
            while at < bytes.count {
                let byte = bytes[at]
                if byte == 0x22 { at += 1; return k == want.count }
                if byte != 0x5C {
                    // The run up to the next quote or backslash, compared in one piece.
                    var end = at + 1
                    while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C { end += 1 }
                    let length = end - at
                    guard k + length <= want.count,
                          memcmp(bytes.baseAddress! + at, want.baseAddress! + k, length) == 0 else { return false }
                    at = end
                    k += length
                    continue
                }
                // An escape: only the short ones are compared here; a `\u` escape sends the caller to `string()`.
                guard at + 1 < bytes.count else { return false }
                let decoded: UInt8
                switch bytes[at + 1] {
                case 0x22, 0x5C, 0x2F: decoded = bytes[at + 1]
                case 0x62: decoded = 0x08
                case 0x66: decoded = 0x0C
                case 0x6E: decoded = 0x0A
                case 0x72: decoded = 0x0D
                case 0x74: decoded = 0x09
                default: return false
                }
                guard k < want.count, want[k] == decoded else { return false }
                at += 2
                k += 1
            }
            return false
        }
        if !equal { at = start }
        return equal
    }

    /// Four hex digits of a `\u` escape.
    private mutating func hex4() throws(ExtractRecordReadError) -> UInt32 {
        guard at + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw fail("bad hex digit in \\u escape")
            }
            value = value << 4 | digit
            at += 1
        }
        return value
    }

    /// The bytes of a number token.
    private mutating func numberToken() throws(ExtractRecordReadError) -> UnsafeBufferPointer<UInt8> {
        skipSpace()
        let start = at
        while at < bytes.count {
            let b = bytes[at]
            guard (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2B || b == 0x2E || b == 0x65 || b == 0x45 else { break }
            at += 1
        }
        guard at > start else { throw fail("expected a number") }
        return UnsafeBufferPointer(rebasing: bytes[start..<at])
    }

    /// An integer.
    mutating func int() throws(ExtractRecordReadError) -> Int {
        let token = try numberToken()
        var index = 0
        let negative = token[0] == 0x2D
        if negative { index = 1 }
        guard index < token.count else { throw fail("bad integer") }
        var value = 0
        while index < token.count {
            let b = token[index]
            guard b >= 0x30 && b <= 0x39 else { throw fail("bad integer") }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(b - 0x30))
            guard !o1 && !o2 else { throw fail("integer out of range") }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    /// A floating-point number (integral values are written without a fraction).
    mutating func double() throws(ExtractRecordReadError) -> Double {
        let token = try numberToken()
        guard let value = Double(String(decoding: token, as: UTF8.self)) else { throw fail("bad number") }
        return value
    }

    /// Skips one value of any type (keys this reader does not know).
    mutating func skipValue() throws(ExtractRecordReadError) {
        skipSpace()
        guard at < bytes.count else { throw fail("expected a value") }
        switch bytes[at] {
        case 0x22: try skipString()
        case 0x7B: try object { (r, _) throws(ExtractRecordReadError) in try r.skipValue() }
        case 0x5B: _ = try array { (r) throws(ExtractRecordReadError) in try r.skipValue() }
        case 0x74, 0x66, 0x6E:
            // true, false, null
            while at < bytes.count, bytes[at] >= 0x61 && bytes[at] <= 0x7A { at += 1 }
        default: _ = try numberToken()
        }
    }
}
