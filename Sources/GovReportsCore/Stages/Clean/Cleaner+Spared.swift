/// The diagnostic for body lines a chrome rule matched but that were kept as list items.
extension Cleaner {
    /// How many kept lines the diagnostic's message quotes.
    static let sparedQuoted = 3

    /// `chrome-like-line-kept` naming the first of `spared`, or nil when there are none.
    static func sparedDiagnostic(_ spared: [String]) -> Diagnostic? {
        guard !spared.isEmpty else { return nil }
        let quoted = spared.prefix(sparedQuoted).map { "「\($0)」" }.joined(separator: " ")
        return Diagnostic(.chromeLikeLineKept, stage: .clean, severity: .info,
                          "kept \(spared.count) list-item line(s) a chrome line rule matches: \(quoted)")
    }
}
