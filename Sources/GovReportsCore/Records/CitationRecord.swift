/// A law, regulation or document cited in a report (a row of `citations`).
public struct CitationRecord: Codable, Sendable, Equatable {
    /// 1-based index within the document.
    public var citation: Int
    /// Title or document number.
    public var kind: CitationKind
    /// The citation as written (for titles, without the 《》).
    public var text: String
    /// For titles: 法 / 条例 / 规定 / 办法 / 细则 / 意见 / 通知 / 方案 / 纲要 / 规划 / 计划 / 其他.
    public var titleKind: String?
    /// For document numbers: issuer prefix, e.g. `厦海政办`.
    public var issuer: String?
    /// For document numbers: year in the brackets.
    public var year: Int?
    /// For document numbers: serial number.
    public var serial: Int?
    /// Document number with brackets folded to 〔〕.
    public var normalized: String?
    /// Start offset (Unicode scalars) in the normalized text.
    public var charStart: Int
    /// End offset (exclusive) in the normalized text.
    public var charEnd: Int

    /// Creates a citation record.
    public init(citation: Int, kind: CitationKind, text: String, titleKind: String? = nil, issuer: String? = nil,
                year: Int? = nil, serial: Int? = nil, normalized: String? = nil, charStart: Int, charEnd: Int) {
        self.citation = citation
        self.kind = kind
        self.text = text
        self.titleKind = titleKind
        self.issuer = issuer
        self.year = year
        self.serial = serial
        self.normalized = normalized
        self.charStart = charStart
        self.charEnd = charEnd
    }
}
