/// Chrome bars: a line of toolbar items that belong to different rules (`政府网站找错 | 适老化无障碍服务`,
/// `设为首页 | 加入收藏 | 无障碍浏览`, `EN | 简 | 打印`) matches no single rule, yet every item is chrome.
extension ChromeLineFilter {
    /// Longest line (scalars) read as a bar of chrome items.
    static let maxBarLength = 60
    /// Rule id recorded for such a line.
    static let barRule = "chrome-bar"
    /// Scalars that separate the items of a bar.
    static let barSeparators: Set<Unicode.Scalar> = ["|", "｜", "丨", "/", "·", "•", "、", " ", "\u{3000}", "\u{A0}", "\t"]

    /// `chrome-bar` when `line` splits at bar separators into two or more items and a bundled rule removes each
    /// item on its own; nil otherwise (a sentence is never a bar).
    func barRule(for line: String) -> String? {
        guard !TextScan.scalarCount(line, exceeds: ChromeLineFilter.maxBarLength),
              !TextScan.endsLikeSentence(line),
              line.unicodeScalars.contains(where: { ChromeLineFilter.barSeparators.contains($0) }) else { return nil }
        var items: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if ChromeLineFilter.barSeparators.contains(scalar) {
                if !current.isEmpty { items.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { items.append(String(current)) }
        guard items.count >= 2 else { return nil }
        for item in items where lineRule(for: item) == nil { return nil }
        return ChromeLineFilter.barRule
    }
}
