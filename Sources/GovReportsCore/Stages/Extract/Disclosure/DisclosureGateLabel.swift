/// One canonical row or column of a template table as the text gate looks for it: where it sits in the rules, and
/// its keys and exact labels as folded UTF-8 (the reader's own matching, minus the parent-label `group`, which only
/// narrows it).
struct DisclosureGateLabel: Sendable {
    /// Index of the table in `DisclosureRules.tables`.
    let table: Int
    /// Whether it is a column (else a row) of that table.
    let isColumn: Bool
    /// Index among the table's rows or columns (a bit of `DisclosureTextSurvey`'s masks).
    let position: Int
    /// The spec it stands for (matched with the reader's own code where bytes cannot decide).
    let spec: DisclosureLabelSpec
    /// Folded UTF-8 of each key (a piece names the label when its folded form contains one).
    let keys: [[UInt8]]
    /// Folded UTF-8 of each exact label (a piece names it when its folded form equals one once unnumbered).
    let exact: [[UInt8]]

    /// The bit of this label in its table's mask.
    var bit: UInt64 { 1 << UInt64(position) }
}
