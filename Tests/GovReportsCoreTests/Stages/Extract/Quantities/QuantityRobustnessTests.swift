import Testing
@testable import GovReportsCore

/// Inputs that are not report prose must not crash the scanner or yield impossible matches.
@Suite struct QuantityRobustnessTests {
    /// Pathological strings: empty, huge numbers, endless multipliers, lone marks, unbalanced quotes.
    static let inputs: [String] = [
        "",
        "\n\r\n",
        "999999999999999999999999件",
        "999999999999999.99999999999999999万亿元",
        "1万万万万万万万万万万万万万万亿亿亿亿亿亿元",
        "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九亿元",
        "%%%-~至到约近超过",
        "““““3家",
        "》》》3家《",
        "1,",
        "1,23",
        "1.",
        "百分之",
        "百分之百分之",
        "第",
        "𠀋𠀋𠀋10家𠀋",
        "10家-",
        "3-",
        "3至",
        "３０％",
    ]

    /// Every match has sane offsets, text equal to its span, a finite value and an ascending range.
    @Test(arguments: inputs) func staysSane(_ input: String) {
        let scalars = Array(input.unicodeScalars)
        var previousEnd = 0
        for match in sharedQuantityScanner.scan(input) {
            #expect(match.start >= previousEnd && match.start < match.end && match.end <= scalars.count)
            if match.start < match.end && match.end <= scalars.count {
                #expect(String(String.UnicodeScalarView(scalars[match.start..<match.end])) == match.text)
            }
            #expect(match.value.isFinite && match.value >= 0)
            if let high = match.valueMax { #expect(high > match.value) }
            previousEnd = match.end
        }
    }

    /// Full-width digits and signs that slipped through normalization still read right.
    @Test func readsFullWidthLeftovers() {
        expectQuantities(QuantityCase("满意度达到９８．５％。", .init(98.5, "%", .percent)))
        expectQuantities(QuantityCase("“三到五个”之外,另建3～5个站点。", .init(3, "个", .count, max: 5)))
    }
}
