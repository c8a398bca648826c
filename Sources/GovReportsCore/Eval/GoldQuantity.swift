/// One gold quantity (format of `shared/gold/README.md`).
public struct GoldQuantity: Codable, Sendable {
    /// Document stem (absent inside realpages entries).
    public var doc: String?
    /// Mention as written.
    public var text: String
    /// Value.
    public var value: Double
    /// Unit or nil.
    public var unit: String?
    /// Kind.
    public var kind: String?
    /// Approximation marker or nil.
    public var approx: String?
    /// Range upper end or nil.
    public var valueMax: Double?
    /// `must` or `optional`.
    public var status: String

    /// JSON keys.
    enum CodingKeys: String, CodingKey {
        case doc, text, value, unit, kind, approx, valueMax = "value_max", status
    }
}
