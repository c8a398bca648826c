/// How a document's (or the corpus's) disclosure cells compare with `expected.jsonl`: cells right, wrong (value or
/// blank differs), missing, spurious (extracted, not expected), and the template and diagnostic checks.
public struct DisclosureScore: Codable, Sendable, Equatable {
    /// Expected cells extracted with the expected value and blank flag.
    public var right = 0
    /// Expected cells extracted with another value or blank flag.
    public var wrong = 0
    /// Expected cells not extracted.
    public var missing = 0
    /// Cells extracted that no expectation lists.
    public var spurious = 0
    /// Template and diagnostic checks passed.
    public var checksPassed = 0
    /// Template and diagnostic checks made.
    public var checks = 0
    /// What failed, readable.
    public var failures: [String] = []

    /// Expected cells in all.
    public var expected: Int { right + wrong + missing }
    /// Share of expected cells right, spurious cells counting against it (1 when nothing is expected).
    public var accuracy: Double {
        let denominator = expected + spurious
        return denominator == 0 ? 1 : Double(right) / Double(denominator)
    }

    /// Creates an empty score.
    public init() {}

    /// Sums two scores (failures concatenated).
    public static func + (a: DisclosureScore, b: DisclosureScore) -> DisclosureScore {
        var s = a
        s.right += b.right
        s.wrong += b.wrong
        s.missing += b.missing
        s.spurious += b.spurious
        s.checksPassed += b.checksPassed
        s.checks += b.checks
        s.failures += b.failures
        return s
    }

    /// Diagnostic codes a disclosure expectation speaks for: the checks, whose presence or absence is scored.
    static let checkCodes: Set<String> = [DiagnosticCode.disclosureIdentity, .disclosureRowTotal, .disclosureColumnTotal,
                                          .disclosureReviewTotal, .disclosureTextMismatch, .disclosureUnitConverted]
        .reduce(into: []) { $0.insert($1.rawValue) }

    /// Scores one document's cells and diagnostics against its expectation.
    static func score(_ cells: [DisclosureCell], diagnostics: [Diagnostic], expected: ExpectedDisclosure) -> DisclosureScore {
        var s = DisclosureScore()
        var byKey: [String: DisclosureCell] = [:]
        for c in cells { byKey["\(c.table)/\(c.rowID)/\(c.colID)"] = c }
        var listed: Set<String> = []
        for e in expected.disclosure ?? [] {
            let key = "\(e.table)/\(e.row)/\(e.col)"
            listed.insert(key)
            guard let got = byKey[key] else { s.missing += 1; s.failures.append("missing cell \(key)"); continue }
            let valueOK = e.value.map { v in got.value.map { QuantityScorer.same(v, $0) } ?? false } ?? (got.value == nil)
            if valueOK && got.blank == (e.blank ?? false) { s.right += 1 } else {
                s.wrong += 1
                s.failures.append("cell \(key): got \(got.value.map(Cell.format) ?? "empty")\(got.blank ? " (blank)" : "") from \"\(got.text)\", expected \(e.value.map(Cell.format) ?? "empty")\(e.blank == true ? " (blank)" : "")")
            }
        }
        if expected.disclosure != nil {
            for key in byKey.keys.sorted() where !listed.contains(key) { s.spurious += 1; s.failures.append("spurious cell \(key)") }
        }
        if let template = expected.template {
            s.checks += 1
            let got = cells.first?.template ?? "none"
            if got == template { s.checksPassed += 1 } else { s.failures.append("template: got \(got), expected \(template)") }
        }
        if let codes = expected.diagnostics {
            let raised = Set(diagnostics.map(\.code.rawValue)).intersection(checkCodes)
            for code in codes {
                s.checks += 1
                if raised.contains(code) { s.checksPassed += 1 } else { s.failures.append("diagnostic \(code) not raised") }
            }
            for code in raised.subtracting(codes).sorted() {
                s.checks += 1
                let messages = diagnostics.filter { $0.code.rawValue == code }.map(\.message)
                s.failures.append("unexpected \(code): \(messages.joined(separator: " | "))")
            }
        }
        return s
    }
}
