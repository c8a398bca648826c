/// Administrative level of the issuing body's division.
public enum AdminLevel: String, Codable, Sendable, CaseIterable {
    /// Central government, province, prefecture (city), county (district).
    case national, province, prefecture, county
}
