/// A line the clean or normalize stage removed from the body, with the rule that removed it.
public struct RemovedLine: Codable, Sendable, Equatable {
    /// The removed line, trimmed.
    public var line: String
    /// Rule id from the chrome table (e.g. `qr-prompt`), or `title` for title lines.
    public var rule: String

    /// Creates a removed-line record.
    public init(line: String, rule: String) {
        self.line = line
        self.rule = rule
    }
}
