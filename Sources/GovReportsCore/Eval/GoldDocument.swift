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

    /// Decodes the metadata fields of an `expected.jsonl` line (which has `file` instead of `doc`).
    init(fromExpected decoder: any Decoder, doc: String) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.doc = doc
        title = try c.decodeIfPresent(String.self, forKey: .title)
        agency = try c.decodeIfPresent(String.self, forKey: .agency)
        province = try c.decodeIfPresent(String.self, forKey: .province)
        city = try c.decodeIfPresent(String.self, forKey: .city)
        county = try c.decodeIfPresent(String.self, forKey: .county)
        divisionCode = try c.decodeIfPresent(String.self, forKey: .divisionCode)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        signed = try c.decodeIfPresent(String.self, forKey: .signed)
        reportYear = try c.decodeIfPresent(Int.self, forKey: .reportYear)
    }
}
