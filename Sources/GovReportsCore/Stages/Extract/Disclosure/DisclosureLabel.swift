/// Folding of table labels for matching: widths and punctuation folded to ASCII, whitespace dropped, numbering
/// markers (一、 (一) 1. (1) ①) recognized.
enum DisclosureLabel {
    /// The matching key of a label: width- and punctuation-folded, whitespace removed.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in WidthFolder.ruleView(WidthFolder.fold(text)).unicodeScalars where !s.properties.isWhitespace {
            out.append(s)
        }
        return String(out)
    }

    /// The numbering marker's level at the start of a folded label: 1 for 一、, 2 for (一), 3 for 1. / (1) / ①,
    /// nil when the label starts with none.
    static func markerLevel(_ folded: String) -> Int? {
        markerLength(folded).map(\.level)
    }

    /// The label without its leading numbering marker.
    static func stripMarker(_ folded: String) -> String {
        guard let (length, _) = markerLength(folded) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.dropFirst(length)))
    }

    /// Chinese numerals a marker may use.
    private static let numerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)
    /// Circled digits ① … ⑳.
    private static let circled: ClosedRange<UInt32> = 0x2460...0x2473

    /// Length in scalars and level of the marker at the start of `folded`.
    private static func markerLength(_ folded: String) -> (length: Int, level: Int)? {
        let s = Array(folded.unicodeScalars)
        guard let first = s.first else { return nil }
        if circled.contains(first.value) { return (1, 3) }
        if first == "(" {
            var i = 1
            while i < s.count, numerals.contains(s[i]) { i += 1 }
            if i > 1, i < s.count, s[i] == ")" { return (i + 1, 2) }
            i = 1
            while i < s.count, s[i].properties.numericType != nil, s[i].isASCII { i += 1 }
            if i > 1, i < s.count, s[i] == ")" { return (i + 1, 3) }
            return nil
        }
        if numerals.contains(first) {
            var i = 0
            while i < s.count, numerals.contains(s[i]) { i += 1 }
            if i < s.count, s[i] == "、" || s[i] == "," || s[i] == "." { return (i + 1, 1) }
            return nil
        }
        if first.isASCII, first.properties.numericType != nil {
            var i = 0
            while i < s.count, s[i].isASCII, s[i].properties.numericType != nil { i += 1 }
            // "1." / "1、" but not a decimal number ("1.5").
            if i < s.count, s[i] == "." || s[i] == "、", i + 1 < s.count, !(s[i + 1].isASCII && s[i + 1].properties.numericType != nil) {
                return (i + 1, 3)
            }
            return nil
        }
        return nil
    }
}
