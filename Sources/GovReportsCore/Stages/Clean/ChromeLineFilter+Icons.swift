/// Icon symbols that lead a page control's label (`⬆ 返回顶部`, `🖨 打印本页`): pictures CMS templates put before the
/// words, which the line rules (written for the words) do not expect.
extension ChromeLineFilter {
    /// `line` without its leading icon symbols and the blanks after them, when it starts with one (nil otherwise,
    /// so that most lines cost one scalar lookup).
    static func droppingLeadingIcons(_ line: String) -> String? {
        guard let first = line.unicodeScalars.first, isIcon(first) else { return nil }
        let rest = line.unicodeScalars.drop { isIcon($0) || $0.properties.isWhitespace || $0 == "\u{FE0F}" }
        return rest.isEmpty ? nil : String(String.UnicodeScalarView(rest))
    }

    /// A pictographic symbol (Unicode "other symbol": arrows, dingbats, emoji), not a letter, digit or punctuation.
    static func isIcon(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .otherSymbol
    }
}
