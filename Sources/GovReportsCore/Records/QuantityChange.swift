/// The direction of a change a quantity states (`增长5%` → increase); levels have none.
public enum QuantityChange: String, Codable, Sendable, CaseIterable {
    /// A rise (增长, 提高, 增加, or a comparison with a positive value).
    case increase
    /// A fall (下降, 减少, 降低, or a rise by a negative value).
    case decrease
}
