import Foundation

/// Rule tables for quantity scanning (units with kinds, stoplist of fixed expressions), loaded from data files.
public struct QuantityRules: Sendable {
    /// Extra fixed expressions that are never quantities (from `pipeline.json` `extract.stoplist`).
    public var extraStoplist: [String]
    /// Units, calendar words and the calendar-year rule.
    public var units: UnitTable
    /// Numeral characters and number syntax.
    public var numerals: NumeralTable
    /// Hedge words before, inside and after a mention.
    public var approx: ApproxMarkerTable
    /// The bundled fixed expressions (without `extraStoplist`).
    public var stoplist: StoplistTable
    /// How subjects are cut out.
    public var subject: SubjectRules
    /// Division names holding a numeral (`七星区`, `三台县`, `四川省`, from `divisions.tsv`): a place, never a count.
    public var placeNames: [String]
    /// What makes a number a change or a goal.
    public var change: ChangeRules

    /// Every fixed expression in force: the bundled ones plus `extraStoplist`.
    public var allStopExpressions: [String] {
        stoplist.expressions + (stoplist.magnitudePhrases ?? []) + extraStoplist + placeNames
    }

    /// Assembles rules from tables already in memory (tests, tools).
    public init(units: UnitTable, numerals: NumeralTable, approx: ApproxMarkerTable, stoplist: StoplistTable,
                subject: SubjectRules, change: ChangeRules = .none, extraStoplist: [String] = [], placeNames: [String] = []) {
        self.units = units
        self.numerals = numerals
        self.approx = approx
        self.stoplist = stoplist
        self.subject = subject
        self.change = change
        self.extraStoplist = extraStoplist
        self.placeNames = placeNames
    }

    /// The names in `divisions` that hold one of `numerals`' characters, each once.
    static func placeNames(_ divisions: DivisionTable, numerals: NumeralTable) -> [String] {
        let marks = Set((Array(numerals.digits.keys) + Array(numerals.smallMultipliers.keys) + Array(numerals.largeMultipliers.keys))
            .compactMap(\.unicodeScalars.first))
        var seen = Set<String>()
        return divisions.divisions.map(\.name).filter { name in
            name.unicodeScalars.contains { marks.contains($0) } && seen.insert(name).inserted
        }
    }

    /// Loads the bundled tables and adds the user's extra stoplist entries.
    public static func bundled(extraStoplist: [String] = []) throws -> QuantityRules {
        var units = try load(UnitTable.self, "units")
        units.add(vocabulary: try UnitVocabulary.bundled())
        let numerals = try load(NumeralTable.self, "numerals")
        let rules = QuantityRules(
            units: units,
            numerals: numerals,
            approx: try load(ApproxMarkerTable.self, "approx"),
            stoplist: try load(StoplistTable.self, "stoplist"),
            subject: try load(SubjectRules.self, "subject"),
            change: try load(ChangeRules.self, "change"),
            extraStoplist: extraStoplist.filter { !$0.isEmpty },
            placeNames: placeNames(try DivisionTable.bundled(), numerals: numerals))
        try rules.validate()
        return rules
    }

    /// Decodes one table from `Resources/rules/<name>.json` through the one rule-file loader.
    static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try BundledRuleFile.json(type, name: name)
    }

    /// Rejects entries the scanner cannot use (empty words, numeral characters that are not single scalars).
    func validate() throws {
        for unit in units.units where unit.text.isEmpty {
            throw RuleFileError.malformed(file: "units.json", key: unit.text, reason: "empty unit text")
        }
        let numeralKeys = Array(numerals.digits.keys) + Array(numerals.smallMultipliers.keys) + Array(numerals.largeMultipliers.keys)
        for key in numeralKeys where key.unicodeScalars.count != 1 {
            throw RuleFileError.malformed(file: "numerals.json", key: key, reason: "a numeral must be one character")
        }
        let singles = numerals.quoteOpen + numerals.quoteClose + numerals.titleOpen + numerals.titleClose + numerals.placeholders
        for mark in singles where mark.unicodeScalars.count != 1 {
            throw RuleFileError.malformed(file: "numerals.json", key: mark, reason: "a mark must be one character")
        }
        for marker in approx.prefix + approx.infix + approx.suffix where marker.text.isEmpty {
            throw RuleFileError.malformed(file: "approx.json", key: marker.approx, reason: "empty marker text")
        }
    }
}
