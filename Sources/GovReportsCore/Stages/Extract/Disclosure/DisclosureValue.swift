/// One data cell of a template table read as a number: the value, the unit it was written with, or blank.
struct DisclosureValue: Equatable, Sendable {
    /// The number as written, before any unit conversion (nil when blank or unreadable).
    var number: Double?
    /// The unit written after the number (`元`, `万元`, `件` …), nil when none.
    var unit: String?
    /// Whether the cell was left blank (empty, or a dash, slash or 无).
    var blank: Bool

    /// Whether the cell holds text that is neither a number nor a blank mark.
    var unreadable: Bool { number == nil && !blank }

    /// Reads a folded cell text (see `DisclosureLabel.fold`): an optional sign, digits with optional thousands
    /// commas and a fraction, an optional unit of non-digits; `blankMarks` mean blank.
    static func read(_ folded: String, blankMarks: Set<String>) -> DisclosureValue {
        if blankMarks.contains(folded) { return DisclosureValue(number: nil, unit: nil, blank: true) }
        let s = Array(folded.unicodeScalars)
        var i = 0
        var negative = false
        if i < s.count, s[i] == "+" || s[i] == "-" || s[i] == "−" { negative = s[i] != "+"; i += 1 }
        var digits = ""
        var sawDigit = false
        var sawPoint = false
        while i < s.count {
            let c = s[i]
            if c.isASCII, c.properties.numericType != nil { digits.unicodeScalars.append(c); sawDigit = true }
            else if c == ",", sawDigit, !sawPoint { /* thousands separator */ }
            else if c == ".", sawDigit, !sawPoint { digits.append("."); sawPoint = true }
            else { break }
            i += 1
        }
        guard sawDigit, let value = Double(digits) else { return DisclosureValue(number: nil, unit: nil, blank: false) }
        let rest = String(String.UnicodeScalarView(s[i...]))
        // A unit is letters only: a second number or a sentence after the number is not a cell value.
        if rest.unicodeScalars.contains(where: { $0.properties.numericType != nil || $0 == "," || $0 == "。" }) {
            return DisclosureValue(number: nil, unit: nil, blank: false)
        }
        return DisclosureValue(number: negative ? -value : value, unit: rest.isEmpty ? nil : rest, blank: false)
    }
}
