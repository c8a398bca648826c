/// Column labels whose cells are identifiers (telephone and fax numbers, postcodes, codes, serial and document
/// numbers), never quantities, however their digits read: `321400` under 邮政编码 is no count. A label names such a
/// column when it ends in one of `labelEndings` (its closing bracket clause left out), so `热线电话受理量` (a count of
/// calls) is no identifier column while `联系电话` and `统一社会信用代码` are.
public enum TableIdentifierColumn {
    /// Endings of an identifier column's label.
    static let labelEndings: [String] = [
        "电话", "传真", "手机", "邮编", "邮政编码", "编码", "代码", "编号", "号码", "账号", "帐号", "证号", "索引号",
        "文号", "字号", "网址", "邮箱",
    ]

    /// Whether one header cell's text names an identifier column: blanks and a closing bracket clause left out,
    /// it ends in a label ending.
    static func isIdentifierLabel(_ header: String) -> Bool {
        var s = Array(TextScan.withoutWhitespace(WidthFolder.fold(header)).unicodeScalars)
        if let open = TableNumber.closingClauseStart(s), open > 0 { s.removeSubrange(open...) }
        let label = String(String.UnicodeScalarView(s))
        return labelEndings.contains { label.hasSuffix($0) }
    }
}
