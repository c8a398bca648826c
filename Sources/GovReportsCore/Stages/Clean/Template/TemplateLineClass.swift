/// What a line looks like to the template rules: a heading (never chrome), and whether it reads as a sentence.
enum TemplateLineClass {
    /// Scalars that make a line read as running text, not as a toolbar, a menu or a footer label.
    static let sentencePunctuation: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF0C, 0x21, 0x3F, 0x3B, 0x2C]

    /// Whether a line opens with a heading marker (`一、` `(一)` `（一）` `1、` `1.` `一是`): the report's own
    /// structure, kept even when every report of a site has it (`一、2025年工作回顾`).
    static func isHeading(_ line: String) -> Bool {
        let a = Array(line.unicodeScalars.prefix(8))
        guard let first = a.first else { return false }
        if let (_, len) = HanNumeral.parseSmall(a, at: 0), len < a.count, a[len] == "、" || a[len] == "是" || a[len] == "." {
            return true
        }
        if first == "(" || first == "（", a.count > 2, let (_, len) = HanNumeral.parseSmall(a, at: 1), 1 + len < a.count,
           a[1 + len] == ")" || a[1 + len] == "）" {
            return true
        }
        var j = 0
        while j < a.count, j < 2, HanNumeral.ascii(a[j]) != nil { j += 1 }
        guard j > 0, j < a.count else { return false }
        return a[j] == "、" || (a[j] == "." && (j + 1 == a.count || HanNumeral.ascii(a[j + 1]) == nil))
    }

    /// Whether a line is the report's own structure, never template however often it recurs: a heading, or a
    /// lead-in ending in a colon (`区委、区政府:` opens every report an office sends, `附件:` introduces what follows).
    static func isStructure(_ line: String) -> Bool {
        if let last = line.unicodeScalars.last, last == ":" || last == "：" { return true }
        return isHeading(line)
    }

    /// Whether a line is short and unpunctuated, as toolbars, menus and footer labels are.
    static func isLabel(_ line: String, maxLength: Int) -> Bool {
        var n = 0
        for s in line.unicodeScalars {
            n += 1
            if n > maxLength || sentencePunctuation.contains(s.value) { return false }
        }
        return true
    }
}
