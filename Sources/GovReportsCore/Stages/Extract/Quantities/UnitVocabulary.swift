import Foundation

/// The generated open unit vocabulary (`rules/unitvocab.tsv`, written by `scripts/gen-units.py` from CC-CEDICT and
/// CLDR): measure words and measurement units beyond the hand-kept `units.json`, each with its kind.
public enum UnitVocabulary {
    /// The file name inside `Resources/rules`.
    static let file = "rules/unitvocab.tsv"

    /// Parses the table: `#` comment lines, a header row, then `text kind chinese unit source` rows.
    public static func parse(_ text: String) throws -> [QuantityUnit] {
        var units: [QuantityUnit] = []
        var sawHeader = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4, !cells[0].isEmpty else {
                throw QuantityRulesError.invalidEntry(file: file, entry: String(line), reason: "expected text, kind, chinese, unit")
            }
            guard let kind = QuantityKind(rawValue: cells[1]) else {
                throw QuantityRulesError.invalidEntry(file: file, entry: cells[0], reason: "unknown kind \(cells[1])")
            }
            guard let policy = ChineseNumeralPolicy(rawValue: cells[2]) else {
                throw QuantityRulesError.invalidEntry(file: file, entry: cells[0], reason: "unknown chinese policy \(cells[2])")
            }
            units.append(QuantityUnit(text: cells[0], unit: cells[3].isEmpty ? nil : cells[3], kind: kind, chinese: policy))
        }
        return units
    }

    /// The bundled vocabulary.
    static func bundled() throws -> [QuantityUnit] {
        guard let url = Bundle.module.url(forResource: "unitvocab", withExtension: "tsv", subdirectory: "rules"),
              let data = try? Data(contentsOf: url) else {
            throw QuantityRulesError.missingTable(file: file)
        }
        return try parse(String(decoding: data, as: UTF8.self))
    }
}
