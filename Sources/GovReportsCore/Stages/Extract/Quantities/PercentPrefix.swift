/// A fraction word written before its number (`百分之二十` → 20 `%`).
public struct PercentPrefix: Codable, Sendable, Equatable {
    /// The prefix as written.
    public var text: String
    /// The unit it stands for (`%`, `‰`).
    public var unit: String
}
