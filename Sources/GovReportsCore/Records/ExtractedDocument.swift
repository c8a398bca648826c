/// Output of the extract stage: everything the datasets hold about one report.
public struct ExtractedDocument: Codable, Sendable, Equatable {
    /// Stable document id.
    public var docID: String
    /// The source as configured.
    public var source: String
    /// SHA-256 of the raw input bytes.
    public var sha256: String
    /// Charset used to decode the raw bytes.
    public var encoding: String
    /// Panel keys and dates.
    public var metadata: DocumentMetadata
    /// Length of the normalized text in Unicode scalars.
    public var chars: Int
    /// The normalized text that offsets point into.
    public var text: String
    /// Heading tree in document order.
    public var sections: [SectionRecord]
    /// Numeric mentions in document order.
    public var quantities: [QuantityRecord]
    /// Citations in document order.
    public var citations: [CitationRecord]
    /// Quantities recognized as codebook indicators.
    public var indicators: [IndicatorMention]
    /// Diagnostics from every stage.
    public var diagnostics: [Diagnostic]
    /// Every origin cell of the body's tables, table by table, row by row.
    public var tableCells: [TableCellRecord]
    /// Cells of the recognized 政府信息公开工作年度报告 template tables (empty for other reports).
    public var disclosure: [DisclosureCell]
    /// For an attachment: the doc id of the page that linked it, set by export from the source (not stored).
    public var parentDocID: String?

    /// Creates an extracted document.
    public init(docID: String, source: String, sha256: String, encoding: String, metadata: DocumentMetadata,
                chars: Int, text: String, sections: [SectionRecord], quantities: [QuantityRecord],
                citations: [CitationRecord], indicators: [IndicatorMention], diagnostics: [Diagnostic],
                tableCells: [TableCellRecord] = [], disclosure: [DisclosureCell] = []) {
        self.docID = docID
        self.source = source
        self.sha256 = sha256
        self.encoding = encoding
        self.metadata = metadata
        self.chars = chars
        self.text = text
        self.sections = sections
        self.quantities = quantities
        self.citations = citations
        self.indicators = indicators
        self.diagnostics = diagnostics
        self.tableCells = tableCells
        self.disclosure = disclosure
    }

    /// Which standard parts have at least one top-level section (a `第一部分` heading or a `一、` one).
    public func hasPart(_ part: StandardPart) -> Bool {
        sections.contains { $0.level <= 1 && $0.part == part }
    }
}

/// The readable form of the diagnostics.
extension ExtractedDocument {
    /// Each diagnostic's message, in order (what `documents.warnings` joins).
    public var warnings: [String] { diagnostics.map(\.message) }
}

/// Decoding that reads a record written before tables were kept (no `tableCells`, no `disclosure`) as one without them.
extension ExtractedDocument {
    /// Decodes every field; `tableCells` and `disclosure` may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(docID: try c.decode(String.self, forKey: .docID), source: try c.decode(String.self, forKey: .source),
                  sha256: try c.decode(String.self, forKey: .sha256), encoding: try c.decode(String.self, forKey: .encoding),
                  metadata: try c.decode(DocumentMetadata.self, forKey: .metadata), chars: try c.decode(Int.self, forKey: .chars),
                  text: try c.decode(String.self, forKey: .text), sections: try c.decode([SectionRecord].self, forKey: .sections),
                  quantities: try c.decode([QuantityRecord].self, forKey: .quantities),
                  citations: try c.decode([CitationRecord].self, forKey: .citations),
                  indicators: try c.decode([IndicatorMention].self, forKey: .indicators),
                  diagnostics: try c.decode([Diagnostic].self, forKey: .diagnostics),
                  tableCells: try c.decodeIfPresent([TableCellRecord].self, forKey: .tableCells) ?? [],
                  disclosure: try c.decodeIfPresent([DisclosureCell].self, forKey: .disclosure) ?? [])
    }
}
