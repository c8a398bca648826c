/// Joins a label line with the value line after it, as metadata boxes lay them out (`<label>发文日期：</label>`
/// then `<div>2023-04-18</div>` become two paragraphs), so labelled-field patterns see `发文日期：2023-04-18`.
enum LabelledLines {
    /// Longest label line (scalars, colon included) that may take the next line as its value.
    static let maxLabelLength = 12
    /// Longest value line (scalars) joined to a label.
    static let maxValueLength = 80

    /// Whether `line` is a bare label: short and ending with a colon.
    static func isLabel(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last, last == "：" || last == ":" else { return false }
        return !TextScan.scalarCount(line, exceeds: maxLabelLength)
    }

    /// `lines` with every bare label line joined to the value line that follows it (the value line itself stays,
    /// so nothing a line-by-line pattern used to find is lost).
    static func joined(_ lines: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if isLabel(line), i + 1 < lines.count, !isLabel(lines[i + 1]),
               !TextScan.scalarCount(lines[i + 1], exceeds: maxValueLength) {
                out.append(line + lines[i + 1])
            } else {
                out.append(line)
            }
            i += 1
        }
        return out
    }
}
