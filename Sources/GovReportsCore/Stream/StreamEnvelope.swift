/// The top level of one `stream` output line, scanned without decoding the record inside it: each key with the byte
/// range of its value, so `export --from-stream` can index a part by `doc_id` and hand `record`'s bytes to the
/// record's own reader later.
struct StreamEnvelope {
    /// Value ranges by key.
    let values: [String: Range<Int>]

    /// Scans one line; nil when it is not a JSON object.
    init?(_ line: [UInt8]) {
        var scanner = Scanner(bytes: line)
        guard let values = scanner.object(), scanner.atEnd else { return nil }
        self.values = values
    }

    /// A string value holding no escapes (doc_id, status), or nil when absent, null or escaped.
    func plainString(_ key: String, in line: [UInt8]) -> String? {
        guard let r = values[key], r.count >= 2, line[r.lowerBound] == 0x22, line[r.upperBound - 1] == 0x22 else { return nil }
        let inner = line[(r.lowerBound + 1)..<(r.upperBound - 1)]
        guard !inner.contains(0x5C) else { return nil }
        return String(decoding: inner, as: UTF8.self)
    }

    /// A byte scanner over one line, just deep enough to find value boundaries.
    private struct Scanner {
        /// The line.
        let bytes: [UInt8]
        /// Position.
        var at = 0

        /// True when only whitespace is left.
        var atEnd: Bool {
            mutating get { skipSpace(); return at == bytes.count }
        }

        /// Skips JSON whitespace.
        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D { at += 1 }
        }

        /// An object's keys with their value ranges.
        mutating func object() -> [String: Range<Int>]? {
            skipSpace()
            guard at < bytes.count, bytes[at] == 0x7B else { return nil }
            at += 1
            var out: [String: Range<Int>] = [:]
            skipSpace()
            if at < bytes.count, bytes[at] == 0x7D { at += 1; return out }
            while true {
                skipSpace()
                let keyStart = at
                guard skipString() else { return nil }
                let key = String(decoding: bytes[(keyStart + 1)..<(at - 1)], as: UTF8.self)
                skipSpace()
                guard at < bytes.count, bytes[at] == 0x3A else { return nil }
                at += 1
                skipSpace()
                let valueStart = at
                guard skipValue() else { return nil }
                out[key] = valueStart..<at
                skipSpace()
                guard at < bytes.count else { return nil }
                if bytes[at] == 0x2C { at += 1; continue }
                if bytes[at] == 0x7D { at += 1; return out }
                return nil
            }
        }

        /// Skips a string literal (escape-aware); false when there is none.
        mutating func skipString() -> Bool {
            guard at < bytes.count, bytes[at] == 0x22 else { return false }
            at += 1
            while at < bytes.count {
                switch bytes[at] {
                case 0x5C: at += 2
                case 0x22: at += 1; return true
                default: at += 1
                }
            }
            return false
        }

        /// Skips one value of any kind; objects and arrays by depth, strings by `skipString`.
        mutating func skipValue() -> Bool {
            guard at < bytes.count else { return false }
            switch bytes[at] {
            case 0x22:
                return skipString()
            case 0x7B, 0x5B:
                var depth = 0
                while at < bytes.count {
                    switch bytes[at] {
                    case 0x22: if !skipString() { return false }; continue
                    case 0x7B, 0x5B: depth += 1
                    case 0x7D, 0x5D:
                        depth -= 1
                        if depth == 0 { at += 1; return true }
                    default: break
                    }
                    at += 1
                }
                return false
            default:
                let start = at
                while at < bytes.count, bytes[at] != 0x2C, bytes[at] != 0x7D, bytes[at] != 0x20, bytes[at] != 0x09 { at += 1 }
                return at > start
            }
        }
    }
}
