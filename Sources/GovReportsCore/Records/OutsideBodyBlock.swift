/// A run of lines clean left outside the body, from one chrome element or one stretch of text outside every body root.
public struct OutsideBodyBlock: Codable, Sendable, Equatable {
    /// The block's lines (paragraphs), trimmed, in document order; the last one may be cut short (`OutsideBody.truncated`), or, in the first block before the body, the first one may lose its start.
    public var lines: [String]
    /// Where the block stood relative to the body.
    public var place: OutsideBodyPlace
    /// For a block `between` body roots: the index of the kept line it came before (in a clean record a line of the
    /// cleaned text, in a normalize record a line of the normalized text); nil before and after the body.
    public var beforeLine: Int?
    /// Why it is not body: `element <reason>` for the lines of a chrome element (`element tag:nav`,
    /// `element class:footer`), `outside-body` for text in no chrome element that lies outside the chosen roots.
    public var rule: String

    /// Creates a block.
    public init(lines: [String], place: OutsideBodyPlace, beforeLine: Int? = nil, rule: String) {
        self.lines = lines
        self.place = place
        self.beforeLine = beforeLine
        self.rule = rule
    }
}
