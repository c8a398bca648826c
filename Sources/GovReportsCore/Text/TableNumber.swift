/// Reads a table cell as a number: `15767`, `6.25`, `-3.2`, `1,234`, `18.6%`, and (for header finding) a number
/// followed by a short unit (`251000元`, `2022年`). Full-width digits and punctuation are read as ASCII.
public enum TableNumber {
    /// Longest unit (scalars) after a number for the cell to still count as numeric when finding headers.
    static let maxUnitScalars = 4
    /// Lowest and highest year a `2022年`-style header label may name.
    static let yearRange = 1900...2100
    /// Longest run of dashes or slashes that still stands for an empty cell (`-`, `——`).
    static let maxBlankMarks = 2

    /// Magnitude characters a figure may carry before its unit (`3.6万`, `2.15亿元`); Unicode gives them a numeric
    /// value, which must not make the cell read as two numbers.
    static let magnitudes: Set<Unicode.Scalar> = ["十", "百", "千", "万", "亿"]
    /// Words that alone in a cell stand for "none" in a numeric column (an empty mark, not a label).
    static let noneMarks: Set<String> = ["无"]

    /// Texts that stand for an empty numeric cell (a dash, a slash, an ellipsis `…` or a "none" word).
    static func isBlank(_ text: String) -> Bool {
        let folded = WidthFolder.fold(text).unicodeScalars.filter { !$0.properties.isWhitespace }
        if folded.isEmpty { return true }
        if noneMarks.contains(String(String.UnicodeScalarView(folded))) { return true }
        return folded.allSatisfy { $0 == "-" || $0 == "/" || $0 == "\\" || $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "\u{2015}" || $0 == "\u{2026}"
            || $0 == "\u{2212}" || $0 == "\u{FF0D}" || $0 == "\u{2012}" }
            && folded.count <= maxBlankMarks
    }

    /// The value of a cell that is a plain number (optional sign, digits with thousands commas in groups of three,
    /// optional decimals, optional `%` or `‰`), with `%`/`‰` as its unit; nil for anything else.
    public static func bare(_ text: String) -> (value: Double, unit: String?)? {
        guard let (value, length, scalars) = leadingNumber(text) else { return nil }
        let rest = scalars[length...]
        if rest.isEmpty { return (value, nil) }
        if rest.count == 1, rest.first == "%" || rest.first == "\u{2030}" { return (value, String(rest.first!)) }
        return nil
    }

    /// Whether a cell reads as a number, plain or with a unit of at most `maxUnitScalars` letters (not digits).
    static func looksNumeric(_ text: String) -> Bool {
        if isParenthesised(text) { return true }
        guard let (_, length, scalars) = leadingNumber(text) else { return false }
        var rest = scalars[length...]
        // One magnitude right after the digits is part of the figure, not a second number.
        if let m = rest.first, magnitudes.contains(m) { rest = rest.dropFirst() }
        return rest.count <= maxUnitScalars && !rest.contains { $0.properties.numericType != nil || $0 == " " }
    }

    /// Whether a cell is a plain number in parentheses (`(326)`, `（1,204.5）`), an accounts negative: numeric for
    /// header finding; its value is not read (a sign guessed wrong is worse than none).
    static func isParenthesised(_ text: String) -> Bool {
        let s = Array(WidthFolder.fold(text).unicodeScalars.filter { !$0.properties.isWhitespace })
        // Two brackets and at least one scalar between them.
        guard s.count > 2, s.first == "(" || s.first == "\u{FF08}", s.last == ")" || s.last == "\u{FF09}" else { return false }
        let inner = String(String.UnicodeScalarView(s.dropFirst().dropLast()))
        guard let (value, unit) = bare(inner) else { return false }
        return value >= 0 && unit == nil
    }

    /// Brackets a table header's unit clause stands in, full- and half-width (width folding keeps `（）`).
    static let unitClauseBrackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("\u{FF08}", "\u{FF09}"), ("(", ")")]

    /// Where the bracketed clause closing `s` opens (`2024年（件）` → the index of `（`), or nil when `s` does not end
    /// with one.
    static func closingClauseStart(_ s: [Unicode.Scalar]) -> Int? {
        guard let close = s.last, let pair = unitClauseBrackets.first(where: { $0.close == close }) else { return nil }
        return s.lastIndex(of: pair.open)
    }

    /// Whether a cell is a year label (`2022`, `2022年`, `2022年度`), which heads a column of figures; a closing
    /// bracketed clause without digits (`2024年（件）`, `2023年(万元)`) is the column's unit and keeps it a label.
    static func isYearLabel(_ text: String) -> Bool {
        var s = Array(WidthFolder.fold(text).unicodeScalars.filter { !$0.properties.isWhitespace })
        if let open = closingClauseStart(s), open >= 4, open + 1 < s.count - 1,
           !s[(open + 1)..<(s.count - 1)].contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) {
            s.removeSubrange(open...)
        }
        guard s.count >= 4, s.prefix(4).allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
              let year = Int(String(String.UnicodeScalarView(s.prefix(4)))), yearRange.contains(year) else { return false }
        let rest = s.dropFirst(4)
        // A period after the year (`2023年末`, `2024年上半年`, `2024年度预算`) keeps it a label: no digit follows 年.
        return rest.isEmpty || (rest.first == "年" && !rest.contains { $0.value >= 0x30 && $0.value <= 0x39 })
    }

    /// Whether a cell opens with a figure and goes on with a bracketed note (`326（62.5%）`, `41(含转办3件)`): a figure
    /// column's cell for header finding, though it holds no single value.
    static func leadsWithFigure(_ text: String) -> Bool {
        guard let (_, length, scalars) = leadingNumber(text), length < scalars.count else { return false }
        var next = scalars[length]
        // One magnitude or a percent sign may close the figure before its note (`3.5万（同比+2%）`).
        if magnitudes.contains(next) || next == "%", length + 1 < scalars.count { next = scalars[length + 1] }
        return unitClauseBrackets.contains { $0.open == next }
    }

    /// Separators of a numeric date (`2024-03-18`, `2024.06.05`, `2024/6/5`).
    static let dateSeparators: Set<Unicode.Scalar> = ["-", ".", "/"]

    /// Whether a cell is a calendar date or month: `2024-03-18`, `2024.06.05`, `2024/6`, `2029年3月`, `2024年3月18日`,
    /// `3月18日` (ASCII or full-width digits, blanks ignored).
    static func isDate(_ text: String) -> Bool {
        let s = Array(WidthFolder.ruleView(WidthFolder.fold(text)).unicodeScalars.filter { !$0.properties.isWhitespace })
        var parts: [Int] = []
        var marks: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            var value = 0
            var digits = 0
            while i < s.count, s[i].value >= 0x30, s[i].value <= 0x39 {
                value = value * 10 + Int(s[i].value - 0x30)
                digits += 1
                i += 1
            }
            guard digits > 0, digits <= 4 else { return false }
            parts.append(value)
            if i < s.count {
                marks.append(s[i])
                i += 1
            }
        }
        guard parts.count >= 2, parts.count <= 3 else { return false }
        let numeric = marks.count == parts.count - 1 && marks.allSatisfy(dateSeparators.contains) && Set(marks).count == 1
        let written = marks == Array(["年", "月", "日"].prefix(parts.count)) || marks == ["年", "月"]
            || (parts.count == 2 && marks == ["月", "日"])
        guard numeric || written else { return false }
        // Year, month and day in range; a `月日` date has no year.
        let hasYear = !(parts.count == 2 && marks == ["月", "日"])
        let year = hasYear ? parts[0] : nil
        let month = hasYear ? parts[1] : parts[0]
        let day = hasYear ? (parts.count == 3 ? parts[2] : nil) : parts[1]
        if let year, !yearRange.contains(year) { return false }
        return (1...12).contains(month) && day.map { (1...31).contains($0) } ?? true
    }

    /// The number at the start of the folded, blank-free text: its value, how many scalars it took, and the scalars.
    private static func leadingNumber(_ text: String) -> (Double, Int, [Unicode.Scalar])? {
        let s = Array(WidthFolder.ruleView(WidthFolder.fold(text)).unicodeScalars.filter { !$0.properties.isWhitespace })
        var i = 0
        var digits = ""
        if i < s.count, s[i] == "-" || s[i] == "+" || s[i] == "\u{2212}" {
            if s[i] != "+" { digits.append("-") }
            i += 1
        }
        var intDigits = 0
        var groupLength = 0
        var sawComma = false
        while i < s.count {
            let v = s[i].value
            if v >= 0x30 && v <= 0x39 {
                digits.unicodeScalars.append(s[i])
                intDigits += 1
                groupLength += 1
                i += 1
            } else if s[i] == ",", intDigits > 0, (!sawComma && groupLength <= 3) || (sawComma && groupLength == 3),
                      (1...3).allSatisfy({ i + $0 < s.count && s[i + $0].value >= 0x30 && s[i + $0].value <= 0x39 }) {
                sawComma = true
                groupLength = 0
                i += 1
            } else {
                break
            }
        }
        guard intDigits > 0, !sawComma || groupLength == 3 else { return nil }
        if i < s.count, s[i] == "." {
            var j = i + 1
            var fraction = ""
            while j < s.count, s[j].value >= 0x30 && s[j].value <= 0x39 { fraction.unicodeScalars.append(s[j]); j += 1 }
            guard !fraction.isEmpty else { return nil }
            digits += "." + fraction
            i = j
        }
        guard let value = Double(digits) else { return nil }
        return (value, i, s)
    }
}
