/// The line under a government work report's title that says when and where it was delivered
/// (`——2024年1月15日在某县第十八届人民代表大会第四次会议上`): its place names the reporting government and its date
/// the report's year, as the titles of such reports count it (`2024年政府工作报告`).
struct SessionLine: Sendable, Equatable {
    /// Offsets of the line.
    var range: Range<Int>
    /// The delivery date.
    var date: ChineseDate

    /// The first of the first `window` lines that names one of `bodies`, holds a date and is at most `maxLength`
    /// scalars long (a sentence that mentions the congress is no session line), or nil.
    static func find(in a: [Unicode.Scalar], lines: [TextLine], window: Int, maxLength: Int,
                     bodies: [[Unicode.Scalar]]) -> SessionLine? {
        for line in lines.prefix(window) where line.end - line.start <= maxLength {
            guard AgencyFinder.containsAny(bodies, in: a, from: line.start, to: line.end) else { continue }
            var i = line.start
            while i < line.end {
                if let (date, _) = ChineseDate.parse(a, at: i, end: line.end) {
                    return SessionLine(range: line.start..<line.end, date: date)
                }
                i += 1
            }
        }
        return nil
    }
}
