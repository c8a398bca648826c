/// Gold metadata for one document (`documents.jsonl`).
public struct GoldDocument: Codable, Sendable {
    /// Document stem.
    public var doc: String
    /// Expected fields; nil means the document does not tell.
    public var title, agency, province, city, county, divisionCode, published, signed: String?
    /// Expected report year.
    public var reportYear: Int?

    /// JSON keys.
    enum CodingKeys: String, CodingKey {
        case doc, title, agency, province, city, county, divisionCode = "division_code", published, signed
        case reportYear = "report_year"
    }
}
