/// One full-line chrome rule as written in the rule table.
struct LineRuleSpec: Decodable, Sendable {
    /// Rule id recorded with every line it removes (e.g. `qr-prompt`).
    var id: String
    /// ICU regular expression that must match the whole trimmed line.
    var pattern: String
    /// Longest line (in Unicode scalars) the rule may remove; longer lines are body text.
    var maxLength: Int
}
