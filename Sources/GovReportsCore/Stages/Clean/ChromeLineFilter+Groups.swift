/// Bracketed control groups: a line of toolbar items each in its own brackets (`〔打印〕〔关闭〕`,
/// `【 打 印 】 【 关 闭 】`, `【字号：默认 大 超大】【视力保护色】`) matches no rule as a whole, and splitting it at spaces
/// cuts a group's label from its options; read group by group, every part is chrome.
extension ChromeLineFilter {
    /// Rule id recorded for such a line.
    static let groupRule = "chrome-groups"
    /// Opening brackets of a control group, with the bracket that closes each (book-title marks 《》 are body text).
    static let groupBrackets: [Unicode.Scalar: Unicode.Scalar] = [
        "[": "]", "【": "】", "〔": "〕", "〖": "〗", "(": ")", "（": "）", "「": "」", "『": "』",
    ]

    /// `chrome-groups` when `line` holds at least one bracket group and each group's inner text, and each piece of
    /// text between groups, is removed by a bundled rule on its own (letter-spaced words read joined); nil otherwise.
    func groupRule(for line: String) -> String? {
        guard !TextScan.scalarCount(line, exceeds: ChromeLineFilter.maxBarLength),
              !TextScan.endsLikeSentence(line),
              line.unicodeScalars.contains(where: { ChromeLineFilter.groupBrackets[$0] != nil }) else { return nil }
        var parts: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var closing: Unicode.Scalar?
        var groups = 0
        for scalar in line.unicodeScalars {
            if let close = closing {
                if scalar == close {
                    parts.append(current); current = []; closing = nil; groups += 1
                } else if ChromeLineFilter.groupBrackets[scalar] != nil {
                    return nil // nested brackets are no toolbar
                } else {
                    current.append(scalar)
                }
            } else if let close = ChromeLineFilter.groupBrackets[scalar] {
                parts.append(current); current = []; closing = close
            } else {
                current.append(scalar)
            }
        }
        // An unclosed bracket: the line is no run of groups.
        guard closing == nil, groups > 0 else { return nil }
        parts.append(current)
        var any = false
        for part in parts {
            let text = ChromeLineFilter.joinedLetterSpacing(part)
            if !text.unicodeScalars.contains(where: { !TextScan.isBlank($0) }) { continue }
            let trimmed = TextScan.trimmed(Substring(text))
            guard lineRule(for: trimmed) != nil || barRule(for: trimmed) != nil else { return nil }
            any = true
        }
        return any ? ChromeLineFilter.groupRule : nil
    }

    /// `scalars` with the spaces of letter-spaced words removed (`打 印` → `打印`): a space goes when both its
    /// neighbours are single CJK ideographs standing alone between spaces or the ends.
    static func joinedLetterSpacing(_ scalars: [Unicode.Scalar]) -> String {
        // Tokens between blanks; a run of two or more one-ideograph tokens is one spaced-out word.
        var tokens: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in scalars {
            if TextScan.isBlank(scalar) {
                if !current.isEmpty { tokens.append(current); current = [] }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        /// Whether a token is one ideograph.
        func single(_ token: [Unicode.Scalar]) -> Bool {
            token.count == 1 && token[0].properties.isIdeographic
        }
        var out = String.UnicodeScalarView()
        for (i, token) in tokens.enumerated() {
            if i > 0 && !(single(token) && single(tokens[i - 1])) { out.append(" ") }
            out.append(contentsOf: token)
        }
        return String(out)
    }
}
