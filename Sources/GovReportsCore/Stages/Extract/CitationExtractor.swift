/// Finds `《…》` titles and document numbers (`厦海政办〔2022〕12号`) in normalized text.
///
/// Nested titles (`《关于印发《XX办法》的通知》`) yield one record for each title, outer first.
public struct CitationExtractor: Sendable {
    /// Kind suffixes and bracket tables.
    public let rules: CitationRules
    /// Title endings as scalar arrays with kinds, longest first.
    private let kinds: [([Unicode.Scalar], String)]
    /// Opening bracket → closing brackets accepted (any closer of the table, since sources mix them).
    private let openers: ScalarSet
    /// Every closing bracket.
    private let closers: ScalarSet
    /// Qualifier brackets.
    private let qualifierOpeners: ScalarSet
    /// Qualifier closing brackets.
    private let qualifierClosers: ScalarSet
    /// Issuer stop characters.
    private let issuerStops: ScalarSet
    /// Leading verbs stripped from an issuer, as scalar arrays.
    private let issuerStrips: [[Unicode.Scalar]]

    /// Creates an extractor over the given rules.
    public init(rules: CitationRules) {
        self.rules = rules
        kinds = rules.titleKinds.map { (Array($0.suffix.unicodeScalars), $0.kind) }.sorted { $0.0.count > $1.0.count }
        openers = ScalarSet(rules.docNumberBrackets.compactMap { $0.first?.unicodeScalars.first })
        closers = ScalarSet(rules.docNumberBrackets.compactMap { $0.last?.unicodeScalars.first })
        qualifierOpeners = ScalarSet(rules.trailingQualifierOpeners.unicodeScalars)
        qualifierClosers = ScalarSet(rules.trailingQualifierClosers.unicodeScalars)
        issuerStops = ScalarSet(rules.issuerStopChars.unicodeScalars)
        issuerStrips = rules.issuerStripPrefixes.map { Array($0.unicodeScalars) }
    }

    /// An extractor over the bundled rules.
    public static func bundled() throws -> CitationExtractor { CitationExtractor(rules: try CitationRules.bundled()) }


    /// Returns the citations in text order, offsets in Unicode scalars.
    public func extract(_ text: String) -> [CitationRecord] {
        extract(scalars: Array(text.unicodeScalars))
    }

    /// The same over the text's scalars, which the caller already holds. The rules read `a` (the rule view, full-width
    /// punctuation folded); each citation's text is cut from `written` (the text as written, same offsets) when given.
    public func extract(scalars a: [Unicode.Scalar], written: [Unicode.Scalar]? = nil) -> [CitationRecord] {
        var found = titles(a) + docNumbers(a)
        found.sort { ($0.charStart, $0.charEnd) < ($1.charStart, $1.charEnd) || ($0.charStart == $1.charStart && $0.charEnd > $1.charEnd) }
        for i in found.indices { found[i].citation = i + 1 }
        if let w = written {
            for i in found.indices {
                let c = found[i]
                // A title's offsets cover its 《》, its text does not.
                let range = c.kind == .title ? (c.charStart + 1)..<(c.charEnd - 1) : c.charStart..<c.charEnd
                found[i].text = ScalarString.make(w[range])
            }
        }
        return found
    }

    /// Every balanced `《…》` within a line; offsets cover the brackets, text excludes them.
    private func titles(_ a: [Unicode.Scalar]) -> [CitationRecord] {
        var out: [CitationRecord] = []
        var open: [Int] = []
        for (i, s) in a.enumerated() {
            switch s {
            case "《": open.append(i)
            case "》":
                guard let start = open.popLast(), i > start + 1 else { continue }
                let inner = Array(a[(start + 1)..<i])
                out.append(CitationRecord(citation: 0, kind: .title, text: ScalarString.make(inner),
                                          titleKind: kind(of: inner), charStart: start, charEnd: i + 1))
            case "\n": open.removeAll()
            default: break
            }
        }
        return out
    }

    /// Kind from the title's ending after stripping trailing qualifiers (`(试行)`, `(草案)`) and inner brackets.
    func kind(of title: [Unicode.Scalar]) -> String {
        var t = title
        while let last = t.last, qualifierClosers.contains(last) || last == "》" || last == "〉" {
            if last == "》" || last == "〉" { t.removeLast(); continue }
            guard let open = t.lastIndex(where: { qualifierOpeners.contains($0) }), open > 0 else { break }
            t.removeSubrange(open...)
        }
        for (suffix, kind) in kinds where t.count >= suffix.count && Array(t.suffix(suffix.count)) == suffix {
            return kind
        }
        return rules.otherKind
    }

    /// Document numbers: issuer prefix, bracketed four-digit year, serial, `号`.
    private func docNumbers(_ a: [Unicode.Scalar]) -> [CitationRecord] {
        var out: [CitationRecord] = []
        var i = 0
        while i < a.count {
            guard openers.contains(a[i]), let record = docNumber(a, open: i) else { i += 1; continue }
            out.append(record)
            i = record.charEnd
        }
        return out
    }

    /// The document number whose year bracket opens at `open`, if the pattern holds.
    private func docNumber(_ a: [Unicode.Scalar], open: Int) -> CitationRecord? {
        var j = open + 1
        var year = 0
        while j < a.count, j < open + 5, let d = HanNumeral.ascii(a[j]) { year = year * 10 + d; j += 1 }
        guard j == open + 5, (1949...2099).contains(year), j < a.count, closers.contains(a[j]) else { return nil }
        j += 1
        var serial = 0
        let serialStart = j
        while j < a.count, j - serialStart < rules.serialMaxDigits, let d = HanNumeral.ascii(a[j]) { serial = serial * 10 + d; j += 1 }
        guard j > serialStart, j < a.count, a[j] == "号" else { return nil }
        let end = j + 1
        var s = open
        while s > 0, open - s < rules.issuerMaxLength, HanNumeral.isHan(a[s - 1]), !issuerStops.contains(a[s - 1]) { s -= 1 }
        // Cut after the last verb (`区政府印发厦海政办…`), keeping at least two scalars of issuer.
        var p = s
        while p < open - 2 {
            if let verb = issuerStrips.first(where: { open - p - $0.count >= 2 && AgencyFinder.has($0, in: a, at: p, end: open) }) {
                s = p + verb.count
                p += verb.count
            } else {
                p += 1
            }
        }
        let issuer = s < open ? ScalarString.make(a[s..<open]) : nil
        let normalized = (issuer ?? "") + "〔\(year)〕" + ScalarString.make(a[serialStart..<j]) + "号"
        return CitationRecord(citation: 0, kind: .docNumber, text: ScalarString.make(a[s..<end]),
                              issuer: issuer, year: year, serial: serial, normalized: normalized, charStart: s, charEnd: end)
    }
}
