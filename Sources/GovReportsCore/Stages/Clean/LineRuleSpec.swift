/// One full-line chrome rule as written in the rule table.
struct LineRuleSpec: Decodable, Sendable {
    /// Rule id recorded with every line it removes (e.g. `qr-prompt`).
    var id: String
    /// ICU regular expression that must match the whole trimmed line.
    var pattern: String
    /// Longest line (in Unicode scalars) the rule may remove; longer lines are body text.
    var maxLength: Int
    /// Words of which every line the rule matches contains at least one; a line without any skips the regex.
    /// Absent for rules that must always be tried (punctuation-only lines).
    var triggers: [String]?
}
