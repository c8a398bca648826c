/// One real page's expectations (`realpages/evaldata.jsonl`).
public struct RealPage: Codable, Sendable {
    /// File name in the realpages folder.
    public var file: String
    /// Expected title.
    public var title: String?
    /// Expected publication date.
    public var published: String?
    /// Snippets the body must contain.
    public var with: [String]
    /// Strings the body must not contain.
    public var without: [String]
    /// Expected quantities.
    public var quantities: [GoldQuantity]
    /// Where the quantities are annotated; mentions outside it are not scored (nil: the whole body).
    public var span: RealPageSpan?
    /// Table cells the `tables` dataset must hold (nil: none listed).
    public var tables: [RealPageTableCell]?
}
