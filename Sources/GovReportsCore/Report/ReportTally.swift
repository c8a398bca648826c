/// The overview's and indicator page's counts, added up one document at a time (a few numbers and links per
/// document, never its text or records).
struct ReportTally {
    /// Label for an unknown province, year or level.
    static let unknown = "?"
    /// Most documents linked per diagnostic code; the documents table lists every document's diagnostics.
    static let linksPerCode = 100

    /// Documents per (province, year label).
    private(set) var provinceYear: [String: [String: Int]] = [:]
    /// Documents per admin level.
    private(set) var adminLevels: [String: Int] = [:]
    /// Documents per agency type.
    private(set) var agencyTypes: [String: Int] = [:]
    /// Documents with each standard part.
    private(set) var parts: [StandardPart: Int] = [:]
    /// Documents per number of standard parts present (0–4).
    private(set) var partCounts: [Int: Int] = [:]
    /// Per diagnostic code: how many documents carry it, and links to the first `linksPerCode` of them.
    private(set) var warnings: [String: (count: Int, links: [DocumentLink])] = [:]
    /// Documents per report year label.
    private(set) var years: [String: Int] = [:]
    /// Panel values per indicator id and year label.
    private(set) var values: [String: [String: [Double]]] = [:]
    /// Disclosure-panel values (`disclosure_panel.csv` cells) per panel column id and year label.
    private(set) var disclosureValues: [String: [String: [Double]]] = [:]
    /// Documents tallied.
    private(set) var documents = 0
    /// Quantities over all documents.
    private(set) var quantities = 0
    /// Quantities that are indicator instances.
    private(set) var indicatorMentions = 0

    /// Adds one document; `panel` is its wide indicators row's values by indicator id, `disclosure` its
    /// disclosure-panel values by column id.
    mutating func add(_ d: ExtractedDocument, link: DocumentLink, agencyType: String, panel: [(String, Double)],
                      disclosure: [(String, Double)] = []) {
        documents += 1
        quantities += d.quantities.count
        indicatorMentions += d.indicators.count
        let m = d.metadata
        let year = m.reportYear.map(String.init) ?? Self.unknown
        provinceYear[m.province ?? Self.unknown, default: [:]][year, default: 0] += 1
        years[year, default: 0] += 1
        adminLevels[m.adminLevel?.rawValue ?? Self.unknown, default: 0] += 1
        agencyTypes[agencyType, default: 0] += 1
        var present = 0
        for part in StandardPart.allCases where part != .other && d.hasPart(part) {
            parts[part, default: 0] += 1
            present += 1
        }
        partCounts[present, default: 0] += 1
        var seen = Set<String>()
        for diagnostic in d.diagnostics {
            let code = diagnostic.code.rawValue
            guard seen.insert(code).inserted else { continue }
            var entry = warnings[code] ?? (0, [])
            entry.count += 1
            if entry.links.count < Self.linksPerCode { entry.links.append(link) }
            warnings[code] = entry
        }
        for (id, v) in panel { values[id, default: [:]][year, default: []].append(v) }
        for (id, v) in disclosure { disclosureValues[id, default: [:]][year, default: []].append(v) }
    }

    /// Year labels in order (unknown last).
    var yearLabels: [String] {
        years.keys.sorted { a, b in a == Self.unknown ? false : b == Self.unknown ? true : a < b }
    }
}
