import Testing
@testable import GovReportsCore

/// Loading the rule tables and extending the stoplist.
@Suite struct QuantityRulesTests {
    /// The bundled tables load and hold the units the gold relies on.
    @Test func loadsBundledTables() throws {
        let rules = try QuantityRules.bundled()
        let texts = Set(rules.units.units.map(\.text))
        for unit in ["件", "家", "人次", "个月", "大类", "%", "个百分点", "元"] { #expect(texts.contains(unit)) }
        #expect(rules.allStopExpressions.contains("十九大"))
        #expect(rules.numerals.digits["伍"] == nil)
    }

    /// A researcher's extra stoplist entry silences a mention.
    @Test func appliesExtraStoplist() throws {
        let plain = QuantityScanner(rules: try QuantityRules.bundled())
        let extended = QuantityScanner(rules: try QuantityRules.bundled(extraStoplist: ["三级联动"]))
        #expect(plain.scan("建立市县乡三级联动机制。").count == 1)
        #expect(extended.scan("建立市县乡三级联动机制。").isEmpty)
        #expect(extended.rules.extraStoplist == ["三级联动"])
    }

    /// A missing table is a typed error naming the file.
    @Test func reportsMissingTable() {
        #expect(throws: RuleFileError.missing(file: "nonexistent.json")) {
            _ = try QuantityRules.load(StoplistTable.self, "nonexistent")
        }
    }

    /// A table of the wrong shape is a typed error naming the file.
    @Test func reportsMalformedTable() {
        #expect {
            _ = try QuantityRules.load(StoplistTable.self, "units")
        } throws: { error in
            guard case RuleFileError.malformed(let file, _, _)? = error as? RuleFileError else { return false }
            return file == "units.json"
        }
    }

    /// A numeral entry longer than one character is a typed error naming the table and entry.
    @Test func rejectsUnusableEntries() throws {
        var rules = try QuantityRules.bundled()
        rules.numerals.digits["十一"] = 11
        #expect(throws: RuleFileError.malformed(file: "numerals.json", key: "十一", reason: "a numeral must be one character")) {
            try rules.validate()
        }
    }

    /// Errors read as messages that name the file.
    @Test func describesErrors() {
        #expect(RuleFileError.missing(file: "units.json").description.contains("units.json"))
    }
}
