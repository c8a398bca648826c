/// Who issued a report, where, and about which year: the panel keys.
public struct DocumentMetadata: Codable, Sendable, Equatable {
    /// Report title.
    public var title: String?
    /// Issuing body as written, e.g. `厦门市海沧区民政局`.
    public var agency: String?
    /// Province-level division name, e.g. `福建省` (municipalities: `重庆市`).
    public var province: String?
    /// Prefecture-level name, e.g. `厦门市` (municipalities repeat the province).
    public var city: String?
    /// County-level name, e.g. `海沧区`.
    public var county: String?
    /// Six-digit GB/T 2260 code of the most specific known division.
    public var divisionCode: String?
    /// Level of the issuing body's division.
    public var adminLevel: AdminLevel?
    /// The year the report is about.
    public var reportYear: Int?
    /// Page publication date, ISO 8601.
    public var published: String?
    /// Date under the signature, ISO 8601.
    public var signed: String?
    /// 索引号 from a disclosure page's header table.
    public var indexNo: String?
    /// 发布机构/发文机关 from the header table.
    public var issuer: String?
    /// 文号 from the header table.
    public var docNumber: String?
    /// 成文日期 from the header table, ISO 8601.
    public var written: String?
    /// 主题词 from the header table.
    public var subjectTerms: String?

    /// Creates metadata; every field defaults to unknown.
    public init(title: String? = nil, agency: String? = nil, province: String? = nil, city: String? = nil,
                county: String? = nil, divisionCode: String? = nil, adminLevel: AdminLevel? = nil,
                reportYear: Int? = nil, published: String? = nil, signed: String? = nil) {
        self.title = title
        self.agency = agency
        self.province = province
        self.city = city
        self.county = county
        self.divisionCode = divisionCode
        self.adminLevel = adminLevel
        self.reportYear = reportYear
        self.published = published
        self.signed = signed
    }
}
