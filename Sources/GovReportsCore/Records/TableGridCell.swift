/// One slot of a `TableGrid`.
public struct TableGridCell: Codable, Sendable, Equatable {
    /// The cell's text, whitespace collapsed, nested paragraphs and line breaks joined by one space.
    public var text: String
    /// Whether the source marked it a header cell (`<th>`, a header row, a heading style).
    public var isHeader: Bool
    /// Whether this slot is covered by a spanning cell whose origin is above or to the left; `text` then
    /// repeats the origin's text so every slot can be read alone, and the `tables` dataset writes the origin only.
    public var isSpanned: Bool

    /// Creates a cell.
    public init(text: String, isHeader: Bool = false, isSpanned: Bool = false) {
        self.text = text
        self.isHeader = isHeader
        self.isSpanned = isSpanned
    }
}
