/// One ending of a cited title and the citation kind it gives (`办法` → 办法, `工作法` → 其他).
public struct TitleKindRule: Codable, Sendable {
    /// The title ending.
    public var suffix: String
    /// The kind it gives.
    public var kind: String
}
