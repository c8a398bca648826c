/// Turns the scanner's doubts about one document into diagnostics: one per code, counting the places and quoting the
/// first few, so a researcher can filter on the code and find the text.
enum QuantityDoubtReport {
    /// Most places quoted in one diagnostic's message.
    static let maxQuoted = 3

    /// Scalars of context quoted on each side of a doubted place.
    static let context = 6

    /// What became of the places of a doubt code and why, in the diagnostic's words.
    static func reason(_ code: DiagnosticCode) -> String {
        switch code {
        case .quantityOddFraction: "left out, a fraction that is improper, part of a name or hedged by an unknown margin"
        case .quantitySpacedGroups: "read as one number grouped with spaces"
        case .quantityStraySpaces: "read as one number through stray spaces"
        default: "left out, split by a line break or grouped with spaces"
        }
    }

    /// The diagnostics for `doubts` over the text's scalars `text` (offsets are scalar offsets into it).
    static func diagnostics(_ doubts: [QuantityDoubt], text: [Unicode.Scalar]) -> [Diagnostic] {
        guard !doubts.isEmpty else { return [] }
        var codes: [DiagnosticCode] = []
        for d in doubts where !codes.contains(d.code) { codes.append(d.code) }
        return codes.map { code in
            let places = doubts.filter { $0.code == code }
            let quoted = places.prefix(maxQuoted).map { d -> String in
                let from = max(0, d.start - context)
                let to = min(text.count, d.end + context)
                let snippet = String(String.UnicodeScalarView(text[from..<to])).replacingOccurrences(of: "\n", with: "⏎")
                return "«\(snippet)» at \(d.start)"
            }
            return Diagnostic(code, stage: .extract,
                              "quantities: \(places.count) number(s) \(reason(code)): " + quoted.joined(separator: "; "))
        }
    }
}
