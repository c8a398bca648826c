/// Fixed expressions whose numerals are not quantities, as stored in `stoplist.json`.
public struct StoplistTable: Codable, Sendable, Equatable {
    /// The expressions (`十九大`, `三项制度`, `12345热线`).
    public var expressions: [String]
    /// Fixed phrases built on a bare magnitude (`千家万户`, `万众一心`, `百姓`): a figure of speech, not a number.
    public var magnitudePhrases: [String]?
}
