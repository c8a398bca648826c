/// Recognizes a line that opens with a list marker of body text (`（一）`, `一、`, `1.`, `(2)`, `①`): such a line
/// is a heading or an item of the report, whatever chrome words follow (`（一）县政府门户网站`, `三、打印复印费用`).
enum ListMarker {
    /// Chinese numerals a marker is written with.
    static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "百"]
    /// Most numeral or digit scalars in one marker (`（二十三）`, `12.`).
    static let maxDigits = 3

    /// Whether `line` (trimmed) starts with a list marker.
    static func starts(_ line: String) -> Bool {
        var it = line.unicodeScalars.makeIterator()
        guard let first = it.next() else { return false }
        if (0x2460...0x2473).contains(first.value) || (0x2776...0x277F).contains(first.value) { return true } // ①…⑳ ❶…❿
        /// Whether a scalar is a marker digit.
        func isDigit(_ s: Unicode.Scalar) -> Bool { numerals.contains(s) || ("0"..."9").contains(s) || ("０"..."９").contains(s) }
        if first == "(" || first == "（" {
            var n = 0
            while let s = it.next() {
                if isDigit(s) { n += 1; if n > maxDigits { return false }; continue }
                return n > 0 && (s == ")" || s == "）")
            }
            return false
        }
        guard isDigit(first) else { return false }
        let arabic = !numerals.contains(first)
        var n = 1
        while let s = it.next() {
            if isDigit(s) { n += 1; if n > maxDigits { return false }; continue }
            if s == "、" { return true }
            // `1.` and `1．` but not a decimal (`1.5万`) or a date (`2024.1`): a digit must not follow.
            if arabic && (s == "." || s == "．") {
                guard let next = it.next() else { return false }
                return !("0"..."9").contains(next) && !("０"..."９").contains(next)
            }
            return false
        }
        return false
    }
}
