/// Reads the common shape of a `stream` input line without `JSONDecoder`, which was a quarter of clean's cost per
/// document (it decodes a 60 KB `html` string through its generic machinery): one flat object whose values are
/// strings, integers (`id`), `null`, `true` or `false`, with no key written twice and no lone surrogate escape.
/// Anything else (nested values, fractions, bad UTF-8, malformed JSON …) returns nil and the line goes to
/// `JSONDecoder`, so the result, and the rejection reason of a bad line, are what `JSONDecoder` gives.
enum StreamLineScanner {
    /// Largest number of digits in an integer `id` read here (longer ones go to `JSONDecoder`, which checks range).
    static let maxIDDigits = 18

    /// The line decoded, or nil when it is not of the shape read here.
    static func decode(_ line: [UInt8]) -> StreamLine? {
        line.withUnsafeBufferPointer { decode($0) }
    }

    /// The same over a buffer.
    static func decode(_ p: UnsafeBufferPointer<UInt8>) -> StreamLine? {
        var i = skipSpace(p, 0)
        guard i < p.count, p[i] == 0x7B else { return nil }
        i = skipSpace(p, i + 1)
        var line = StreamLine()
        var seen = Set<String>()
        guard i < p.count else { return nil }
        if p[i] == 0x7D {
            return skipSpace(p, i + 1) == p.count ? line : nil
        }
        while true {
            guard i < p.count, p[i] == 0x22, let (key, afterKey) = string(p, from: i + 1) else { return nil }
            guard seen.insert(key).inserted else { return nil }
            i = skipSpace(p, afterKey)
            guard i < p.count, p[i] == 0x3A else { return nil }
            i = skipSpace(p, i + 1)
            guard i < p.count else { return nil }
            let known = StreamLine.CodingKeys(rawValue: key)
            var value: String?
            switch p[i] {
            case 0x22 where known == .html || known == .text:
                // The document itself: kept as bytes, never made a String (a copy and a second validation).
                guard let (bytes, after, multibyte) = bytes(p, from: i + 1) else { return nil }
                if known == .html { line.html = bytes } else { line.text = bytes }
                line.contentMultibyte = multibyte
                i = after
            case 0x22:
                guard let (text, after) = string(p, from: i + 1) else { return nil }
                if known != nil { value = text }
                i = after
            case 0x6E:
                guard literal(p, i, "null") else { return nil }
                i += 4
            case 0x74, 0x66:
                // A boolean for a key read here is a type mismatch: JSONDecoder words that rejection.
                guard known == nil else { return nil }
                if literal(p, i, "true") { i += 4 } else if literal(p, i, "false") { i += 5 } else { return nil }
            case 0x2D, 0x30...0x39:
                guard known == nil || known == .id, let (digits, after) = integer(p, from: i) else { return nil }
                if known == .id { value = digits }
                i = after
            default:
                return nil
            }
            if let known, let value {
                switch known {
                case .id: line.id = value
                case .source: line.source = value
                case .url: line.url = value
                case .html, .text: break
                case .base64: line.base64 = value
                case .encoding: line.encoding = value
                case .fetched: line.fetched = value
                }
            }
            i = skipSpace(p, i)
            guard i < p.count else { return nil }
            if p[i] == 0x2C {
                i = skipSpace(p, i + 1)
                continue
            }
            guard p[i] == 0x7D else { return nil }
            return skipSpace(p, i + 1) == p.count ? line : nil
        }
    }

    /// A JSON string's content starting after its opening quote (escapes resolved) and the index after the closing
    /// quote; nil for a control byte, a bad escape, a lone surrogate, bad UTF-8 or no end.
    static func string(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        guard let (content, after, _) = bytes(p, from: start) else { return nil }
        // `bytes` has checked the UTF-8 already.
        return (String(decoding: content, as: UTF8.self), after)
    }

    /// `string`'s content as UTF-8 bytes, checked well-formed (`UTF8Check`, the same table `String(validating:)`
    /// applies), the index after the closing quote and the content's count of multi-byte sequences (clean's charset
    /// check needs it and need not walk the bytes again); nil where `string` gives nil.
    static func bytes(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> ([UInt8], Int, Int)? {
        let n = p.count
        var out: [UInt8] = []
        var escaped = false
        // Bytes from `run` to `i` are plain and not yet in `out`: copied in one go (byte by byte was most of it).
        var run = start
        var i = start
        while i < n {
            i = plainRunEnd(p, from: i)
            guard i < n else { return nil }
            let b = p[i]
            if b < 0x20 { return nil }
            if b == 0x22 {
                if escaped {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                } else {
                    out = Array(UnsafeBufferPointer(rebasing: p[start..<i]))
                }
                let check = out.withUnsafeBufferPointer { UTF8Check.scan($0, from: 0, stopAtInvalid: true) }
                return check.invalid == 0 ? (out, i + 1, check.multibyte) : nil
            }
            if !escaped {
                escaped = true
                out.reserveCapacity(n - start)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
            guard i + 1 < n else { return nil }
            i += 2
            if let byte = JSONText.unescapedByte(p[i - 1]) {
                out.append(byte)
                run = i
                continue
            }
            guard p[i - 1] == 0x75 else { return nil }
            guard let high = hex4(p, i) else { return nil }
            i += 4
            var scalar = high
            if high >= 0xD800 && high <= 0xDBFF {
                guard i + 6 <= n, p[i] == 0x5C, p[i + 1] == 0x75, let low = hex4(p, i + 2),
                      low >= 0xDC00 && low <= 0xDFFF else { return nil }
                i += 6
                scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            } else if high >= 0xDC00 && high <= 0xDFFF {
                return nil
            }
            guard let u = Unicode.Scalar(scalar) else { return nil }
            out.append(contentsOf: UTF8.encode(u)!)
            run = i
        }
        return nil
    }

    /// The index of the first byte at or after `start` that ends a plain run inside a JSON string (a quote, a
    /// backslash or a control byte), or `p.count`. Eight bytes are tested at a time (an `html` value is most of a
    /// line and holds few such bytes); the word test only says whether one is there, the byte loop finds it.
    @inline(__always)
    static func plainRunEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = p.count
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + MemoryLayout<UInt64>.size <= n,
                  !holdsStringSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += MemoryLayout<UInt64>.size
            }
        }
        while i < n, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 { i += 1 }
        return i
    }

    /// A byte of every lane set to 1, for the word tests.
    private static let laneOnes: UInt64 = 0x0101_0101_0101_0101
    /// The high bit of every lane.
    private static let laneHighs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any of the eight bytes in `w` is a quote, a backslash or below 0x20 (the classic exact "has a zero
    /// byte" and "has a byte less than n" word tests; n = 0x20 is within their n <= 128 bound).
    @inline(__always)
    static func holdsStringSpecial(_ w: UInt64) -> Bool {
        let quote = w ^ (laneOnes &* 0x22)
        let backslash = w ^ (laneOnes &* 0x5C)
        let zeroInQuote = (quote &- laneOnes) & ~quote
        let zeroInBackslash = (backslash &- laneOnes) & ~backslash
        let below = (w &- laneOnes &* 0x20) & ~w
        return (zeroInQuote | zeroInBackslash | below) & laneHighs != 0
    }

    /// The value of four hex digits at `i`, or nil.
    static func hex4(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= p.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let b = p[i + k]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    /// A JSON integer (`-?(0|[1-9][0-9]*)`, not followed by a fraction or exponent) at `start`: its decimal text as
    /// `Int` prints it, and the index after it; nil otherwise or when it has over `maxIDDigits` digits.
    static func integer(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        var i = start
        let n = p.count
        let negative = i < n && p[i] == 0x2D
        if negative { i += 1 }
        let digitsStart = i
        while i < n && p[i] >= 0x30 && p[i] <= 0x39 { i += 1 }
        let count = i - digitsStart
        guard count > 0, count <= maxIDDigits, !(count > 1 && p[digitsStart] == 0x30) else { return nil }
        if i < n && (p[i] == 0x2E || p[i] == 0x65 || p[i] == 0x45) { return nil }
        guard let value = Int(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)) else {
            return nil
        }
        return (String(value), i)
    }

    /// Whether the ASCII `word` is at `i`.
    static func literal(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= p.count else { return false }
        for k in 0..<count where p[i + k] != word.utf8Start[k] { return false }
        return true
    }

    /// The index after JSON whitespace (space, tab, LF, CR) at `i`.
    @inline(__always)
    static func skipSpace(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < p.count && (p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x0A || p[j] == 0x0D) { j += 1 }
        return j
    }
}
