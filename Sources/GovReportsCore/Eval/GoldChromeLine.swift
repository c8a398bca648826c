/// One gold line of chrome, furniture or title (`chrome.jsonl`).
public struct GoldChromeLine: Codable, Sendable {
    /// Document stem.
    public var doc: String
    /// The line, trimmed.
    public var line: String
    /// `chrome`, `furniture` or `title`.
    public var `class`: String
}
