/// Administrative level of the issuing body's division.
public enum AdminLevel: String, Codable, Sendable, CaseIterable {
    case national, province, prefecture, county
}
