/// The `body-embedded` check: a page whose kept body is thin and that embeds another document most likely shows its
/// body in that frame (a framed PDF, a second HTML page); the diagnostic names the embedded addresses.
extension Cleaner {
    /// A body with fewer word scalars than this counts as thin (a title line, a 下载 note, a signature).
    static let embeddedBodyMaxScalars = 120

    /// `body-embedded` when `kept` holds fewer than `embeddedBodyMaxScalars` word scalars and `markup` embeds a
    /// document; nil otherwise (the markup is scanned only for a thin body).
    static func embeddedBodyDiagnostic(kept: [String], markup: [UInt8]) -> Diagnostic? {
        guard let words = thinBodyWords(kept) else { return nil }
        let sources = EmbeddedDocumentScanner.sources(in: markup)
        guard !sources.isEmpty else { return nil }
        return Diagnostic(.bodyEmbedded, stage: .clean,
                          "body has \(words) word character(s) and the page embeds \(sources.joined(separator: ", ")); the body probably lives there")
    }

    /// The word scalars of `lines` when fewer than `embeddedBodyMaxScalars` (a thin body), nil otherwise.
    static func thinBodyWords(_ lines: [String]) -> Int? {
        var words = 0
        for line in lines {
            for s in line.unicodeScalars where isWordScalar(s) {
                words += 1
                if words >= embeddedBodyMaxScalars { return nil }
            }
        }
        return words
    }

    /// Whether a scalar is a letter or a digit (Unicode's Alphabetic or numeric). ASCII and the CJK Unified
    /// Ideographs, nearly every scalar of a page, are answered without the property tables, which cost a lookup each.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || v >= 0x30 && v <= 0x39 }
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// The page markup with its `<iframe srcdoc>` documents inlined, when the parsed body (`lines`) is thin and the
    /// page has such a frame; nil otherwise (the markup is scanned only for a thin body).
    static func srcdocMarkup(_ markup: [UInt8], bodyLines lines: [String]) -> [UInt8]? {
        guard thinBodyWords(lines) != nil else { return nil }
        return SrcdocSplicer.spliced(markup)
    }

    /// The page markup with the article of an inline script's JSON state spliced in as its body, when the parsed
    /// body (`lines`) is thin and a script holds one; nil otherwise (the scripts are scanned only for a thin body).
    static func scriptStateMarkup(_ markup: [UInt8], bodyLines lines: [String]) -> [UInt8]? {
        guard thinBodyWords(lines) != nil else { return nil }
        return ScriptStateBody.spliced(markup)
    }
}
