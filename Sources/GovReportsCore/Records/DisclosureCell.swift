/// One cell of a recognized 政府信息公开工作年度报告 template table (a row of the `disclosure` dataset).
public struct DisclosureCell: Codable, Sendable, Equatable {
    /// Template version the document follows: `2019`, `2021`, or `unknown`.
    public var template: String
    /// Canonical table id: `proactive` (二), `applications` (三) or `review_litigation` (四).
    public var table: String
    /// Canonical row id (stable across template versions; `codebook.csv` lists them).
    public var rowID: String
    /// The row label as the report writes it (its label path joined by ` / `).
    public var rowLabel: String
    /// Canonical column id.
    public var colID: String
    /// The column label as the report writes it (its header path joined by ` / `).
    public var colLabel: String
    /// The value (money in 万元); nil when the cell is blank or unreadable.
    public var value: Double?
    /// Whether the cell was left blank (empty, a dash, a slash or 无): written as missing, never as 0.
    public var blank: Bool
    /// The cell as written.
    public var text: String

    /// Creates a cell.
    public init(template: String, table: String, rowID: String, rowLabel: String, colID: String, colLabel: String,
                value: Double?, blank: Bool, text: String) {
        self.template = template
        self.table = table
        self.rowID = rowID
        self.rowLabel = rowLabel
        self.colID = colID
        self.colLabel = colLabel
        self.value = value
        self.blank = blank
        self.text = text
    }
}
