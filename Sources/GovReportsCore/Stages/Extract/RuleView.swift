/// The view of a text that extract's rules read: the text's scalars with full-width punctuation folded to ASCII.
///
/// Normalize keeps `，：；（）` as the source writes them; the rule tables and scanners compare against ASCII `,:;()`.
/// Folding is one scalar for one (U+FF01–FF5E → U+0021–007E), so offsets into the view are offsets into the text.
enum RuleView {
    /// The rule view's scalar values, and the text's own scalars when they differ from it (nil when the text has no
    /// full-width form, the common case, so nothing is copied twice).
    static func of(_ text: String) -> (values: [UInt32], written: [Unicode.Scalar]?) {
        var values = QuantityScanner.scalars(of: text)
        var first = -1
        for i in values.indices where values[i] >= 0xFF01 && values[i] <= 0xFF5E { first = i; break }
        guard first >= 0 else { return (values, nil) }
        let written = values.withUnsafeBufferPointer { $0.withMemoryRebound(to: Unicode.Scalar.self) { Array($0) } }
        for i in first..<values.count { values[i] = WidthFolder.ruleView(values[i]) }
        return (values, written)
    }
}
