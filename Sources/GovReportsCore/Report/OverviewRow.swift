/// One line of the overview's documents table (kept per document while the report streams: a few short strings).
struct OverviewRow: Sendable {
    /// Link to the document's page; nil when it has no extract record (it failed before extract).
    let link: DocumentLink?
    /// Document id.
    let docID: String
    /// Source as configured.
    let source: String
    /// Agency, province, year and level as exported.
    let agency: String?
    /// Province.
    let province: String?
    /// Report year.
    let year: Int?
    /// Admin level.
    let level: String?
    /// Quantity count.
    let quantities: Int
    /// Which of the four standard parts are present, in `StandardPart` order.
    let parts: [Bool]
    /// Warnings count.
    let warnings: Int
    /// Failed stage in the last run, if any.
    let failedStage: String?
}
