/// One line of a scalar array: offsets of its first scalar and one past its last, spaces trimmed.
struct TextLine: Sendable, Equatable {
    /// Offset of the first non-space scalar.
    var start: Int
    /// Offset one past the last non-space scalar.
    var end: Int

    /// Whether the line holds no scalars.
    var isEmpty: Bool { start >= end }

    /// Splits `scalars` at line feeds, trimming spaces and tabs at both ends of every line; empty lines are dropped.
    static func lines(in scalars: [Unicode.Scalar]) -> [TextLine] {
        var result: [TextLine] = []
        var lineStart = 0
        let n = scalars.count
        var i = 0
        while i <= n {
            if i == n || scalars[i] == "\n" {
                var s = lineStart, e = i
                while s < e, isBlank(scalars[s]) { s += 1 }
                while e > s, isBlank(scalars[e - 1]) { e -= 1 }
                if s < e { result.append(TextLine(start: s, end: e)) }
                lineStart = i + 1
            }
            i += 1
        }
        return result
    }

    /// Spaces, tabs, carriage returns and the no-break/ideographic spaces normalization may have left.
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\r" || s == "\u{3000}" || s == "\u{00A0}"
    }
}
