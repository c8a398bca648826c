/// A run of label tokens followed by the run of value tokens after it: one row of a flattened table (the labels
/// may also hold the header before the first row).
struct DisclosureTextSegment: Sendable {
    /// The labels, in order.
    var labels: [DisclosureTextToken]
    /// The values after them, in order.
    var values: [DisclosureTextToken]
}
