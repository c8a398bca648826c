/// A line the clean or normalize stage removed from the body, with the rule that removed it.
public struct RemovedLine: Codable, Sendable, Equatable {
    /// The removed line, trimmed.
    public var line: String
    /// Rule id from the chrome table (e.g. `qr-prompt`), `element <reason>` for a chrome element's lines, `template`
    /// for a site template's lines, or `title` for title lines.
    public var rule: String
    /// Where it stood: the index of the kept line it came before (the kept line count when it came after the last
    /// one) — in a clean record a line of the cleaned text, in a normalize record a line of the normalized text;
    /// nil when not recorded (artifacts written before positions were kept).
    public var beforeLine: Int?

    /// Creates a removed-line record.
    public init(line: String, rule: String, beforeLine: Int? = nil) {
        self.line = line
        self.rule = rule
        self.beforeLine = beforeLine
    }
}
