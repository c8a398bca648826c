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
    /// What makes a number a change or a goal.
    public var change: ChangeRules

    /// Every fixed expression in force: the bundled ones plus `extraStoplist`.
    public var allStopExpressions: [String] { stoplist.expressions + (stoplist.magnitudePhrases ?? []) + extraStoplist }

    /// Assembles rules from tables already in memory (tests, tools).
    public init(units: UnitTable, numerals: NumeralTable, approx: ApproxMarkerTable, stoplist: StoplistTable,
                subject: SubjectRules, change: ChangeRules = .none, extraStoplist: [String] = []) {
        self.units = units
        self.numerals = numerals
        self.approx = approx
        self.stoplist = stoplist
        self.subject = subject
        self.change = change
        self.extraStoplist = extraStoplist
    }

    /// Loads the bundled tables and adds the user's extra stoplist entries.
    public static func bundled(extraStoplist: [String] = []) throws -> QuantityRules {
        var units = try load(UnitTable.self, "units")
        units.add(vocabulary: try UnitVocabulary.bundled())
        let rules = QuantityRules(
            units: units,
            numerals: try load(NumeralTable.self, "numerals"),
            approx: try load(ApproxMarkerTable.self, "approx"),
            stoplist: try load(StoplistTable.self, "stoplist"),
            subject: try load(SubjectRules.self, "subject"),
            change: try load(ChangeRules.self, "change"),
            extraStoplist: extraStoplist.filter { !$0.isEmpty })
        try rules.validate()
        return rules
    }

    /// Decodes one table from `Resources/rules/<name>.json`.
    static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        let file = "rules/\(name).json"
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "rules"),
              let data = try? Data(contentsOf: url) else {
            throw QuantityRulesError.missingTable(file: file)
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw QuantityRulesError.malformedTable(file: file, reason: "missing key \(path(context.codingPath + [key]))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw QuantityRulesError.malformedTable(file: file, reason: "wrong type at \(path(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            throw QuantityRulesError.malformedTable(file: file, reason: "\(context.debugDescription) at \(path(context.codingPath))")
        } catch {
            throw QuantityRulesError.malformedTable(file: file, reason: "\(error)")
        }
    }

    /// Renders a coding path as `units[3].kind` for error messages.
    private static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out.isEmpty ? "top level" : out
    }

    /// Rejects entries the scanner cannot use (empty words, numeral characters that are not single scalars).
    func validate() throws {
        for unit in units.units where unit.text.isEmpty {
            throw QuantityRulesError.invalidEntry(file: "rules/units.json", entry: unit.text, reason: "empty unit text")
        }
        let numeralKeys = Array(numerals.digits.keys) + Array(numerals.smallMultipliers.keys) + Array(numerals.largeMultipliers.keys)
        for key in numeralKeys where key.unicodeScalars.count != 1 {
            throw QuantityRulesError.invalidEntry(file: "rules/numerals.json", entry: key, reason: "a numeral must be one character")
        }
        let singles = numerals.quoteOpen + numerals.quoteClose + numerals.titleOpen + numerals.titleClose + numerals.placeholders
        for mark in singles where mark.unicodeScalars.count != 1 {
            throw QuantityRulesError.invalidEntry(file: "rules/numerals.json", entry: mark, reason: "a mark must be one character")
        }
        for marker in approx.prefix + approx.infix + approx.suffix where marker.text.isEmpty {
            throw QuantityRulesError.invalidEntry(file: "rules/approx.json", entry: marker.approx, reason: "empty marker text")
        }
    }
}
