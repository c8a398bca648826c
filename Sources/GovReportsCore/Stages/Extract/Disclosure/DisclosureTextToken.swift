/// One whitespace- or bar-separated token of a plain-text table: as written, folded, and whether it is a cell value.
struct DisclosureTextToken: Sendable {
    /// As written.
    let text: String
    /// Folded (`DisclosureLabel.fold`).
    let folded: String
    /// Whether it reads as a number or a blank mark (a data cell), not a label.
    let isValue: Bool
    /// Numbering-marker level of a label (1 一、, 2 (一), 3 1.), nil when it has none.
    let level: Int?
}
