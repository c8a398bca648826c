/// The endings of an agency's name (`metadata.json` agencySuffixes, the extract stage's table: `局`, `委员会`,
/// `政府`, `办公室` …), for clean's rules that accept a short line only when it names an organ.
enum AgencyEnding {
    /// The endings as scalar arrays.
    static let suffixes: [[Unicode.Scalar]] =
        ((try? MetadataRules.bundled())?.agencySuffixes ?? []).map { Array($0.unicodeScalars) }

    /// Whether `name` ends with an agency ending and holds something before it (`局` alone names no organ).
    static func ends<C: BidirectionalCollection>(_ name: C) -> Bool where C.Element == Unicode.Scalar {
        suffixes.contains { suffix in !suffix.isEmpty && name.count > suffix.count && name.suffix(suffix.count).elementsEqual(suffix) }
    }
}
