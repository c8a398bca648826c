/// Field-by-field comparison of extracted metadata with gold for one document.
public struct MetadataScore: Codable, Sendable, Equatable {
    /// Field name → whether it matched.
    public var fields: [String: Bool]
    /// Field name → "got X, expected Y" for mismatches.
    public var mismatches: [String: String]

    /// Number of fields right.
    public var correct: Int { fields.values.filter { $0 }.count }

    /// Compares every gold field, nulls included.
    public static func compare(_ m: DocumentMetadata, gold: GoldDocument) -> MetadataScore {
        let pairs: [(String, String?, String?)] = [
            ("title", m.title, gold.title), ("agency", m.agency, gold.agency), ("province", m.province, gold.province),
            ("city", m.city, gold.city), ("county", m.county, gold.county),
            ("division_code", m.divisionCode, gold.divisionCode), ("report_year", m.reportYear.map(String.init),
                                                                    gold.reportYear.map(String.init)),
            ("published", m.published, gold.published), ("signed", m.signed, gold.signed),
        ]
        var fields: [String: Bool] = [:]
        var mismatches: [String: String] = [:]
        for (name, got, want) in pairs {
            let ok = got.map { WidthFolder.fold($0) } == want.map { WidthFolder.fold($0) }
            fields[name] = ok
            if !ok { mismatches[name] = "got \(got ?? "null"), expected \(want ?? "null")" }
        }
        return MetadataScore(fields: fields, mismatches: mismatches)
    }
}
