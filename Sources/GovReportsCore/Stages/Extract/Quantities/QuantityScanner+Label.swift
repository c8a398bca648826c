/// A bare figure after a label that states its unit in brackets (`地区生产总值(亿元):4,321.5`, a table row written as
/// text): read with that unit, as the table extractor reads a header's unit.
extension QuantityScanner {
    /// The mention of the bare Arabic number `start..<end` read with the unit its label states in brackets right
    /// before it (spaces and one colon between), or nil: no such label, the bracket holds no unit, or the figure is
    /// uncertain (an integer that reads as a recent year, a row of figures). The number is read by scanning it with the unit written
    /// after it, so the unit can only scale the digits, never change them.
    func labelledQuantity(_ buffer: [UInt32], start: Int, end: Int, number: NumberOperand, lineStart: Int,
                          lastEnd: Int) -> QuantityMatch? {
        guard let inner = bracketedLabel(buffer, before: start, lineStart: lineStart) else { return nil }
        // 2019 2020 2021 under a unit caption are years across; 4321.5 4562.3 a row whose columns the text lost.
        var next = end
        while next < buffer.count && (buffer[next] == 0x20 || buffer[next] == 0x3000) { next += 1 }
        if next < buffer.count && (digitValue(buffer[next]) != nil || Self.isIdeograph(buffer[next])) { return nil }
        if number.isInteger && Self.labelYears.contains(number.value) { return nil }
        let values = Array(buffer[start..<end]) + inner
        let found = scan(values: values)
        guard found.count == 1, let read = found.first, read.start == 0, read.end == values.count, read.unit != nil,
              read.valueMax == nil, read.approx == nil else { return nil }
        let subjectText = subject(buffer, start: start, end: end, kind: read.kind, lowerBound: lastEnd)
        return QuantityMatch(text: string(buffer, start, end), value: read.value, unit: read.unit, kind: read.kind,
                             approx: nil, start: start, end: end, subject: subjectText.text)
    }

    /// The unit text inside the brackets that close right before `index` (after spaces and one colon), without a
    /// `单位:` lead; nil when there is none, it holds a digit or is longer than `maxLabelUnit`.
    func bracketedLabel(_ buffer: [UInt32], before index: Int, lineStart: Int) -> [UInt32]? {
        var p = index - 1
        func skipSpaces() { while p >= lineStart && (buffer[p] == 0x20 || buffer[p] == 0x3000) { p -= 1 } }
        skipSpaces()
        if p >= lineStart && Self.labelColons.contains(buffer[p]) { p -= 1; skipSpaces() }
        guard p >= lineStart, let pair = Self.labelBrackets.first(where: { $0.close == buffer[p] }) else { return nil }
        let close = p
        var open = close - 1
        while open >= lineStart && close - open <= Self.maxLabelUnit + Self.unitLead.count + 1 && buffer[open] != pair.open {
            open -= 1
        }
        guard open >= lineStart, buffer[open] == pair.open else { return nil }
        var inner = Array(buffer[(open + 1)..<close])
        if inner.starts(with: Self.unitLead) {
            inner.removeFirst(Self.unitLead.count)
            if let c = inner.first, Self.labelColons.contains(c) { inner.removeFirst() }
        }
        guard !inner.isEmpty, inner.count <= Self.maxLabelUnit, !inner.contains(where: { digitValue($0) != nil }) else {
            return nil
        }
        return inner
    }

    /// Bracket pairs that hold a label's unit: ASCII and full-width parentheses (the rule view folds widths).
    static let labelBrackets: [(open: UInt32, close: UInt32)] = [(0x28, 0x29), (0xFF08, 0xFF09)]
    /// Colons between a label and its figure.
    static let labelColons: [UInt32] = [0x3A, 0xFF1A]
    /// `单位`, which may lead the unit inside the brackets (`(单位:万元)`).
    static let unitLead: [UInt32] = Array("单位".unicodeScalars.map(\.value))
    /// Integers after a unit label read as column years (`(亿元) 2019 2020`), not figures; narrower than the
    /// calendar-year rule's range, as a label's figure of 1234 is likelier an amount.
    static let labelYears: ClosedRange<Double> = 1900...2100
    /// Longest unit text read inside a label's brackets (`万千瓦时`).
    static let maxLabelUnit = 6
}
