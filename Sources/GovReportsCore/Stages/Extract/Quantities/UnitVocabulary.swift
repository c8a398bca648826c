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
        // Split as UTF-8 bytes: splitting by `Character` was nearly all of this parse, paid at every start-up.
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let line = raw.last == 0x0D ? raw.dropLast() : raw
            if line.first == 0x23 { continue }
            if !sawHeader { sawHeader = true; continue }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard cells.count >= 4, !cells[0].isEmpty else {
                throw RuleFileError.malformed(file: file, key: String(Substring(line)), reason: "expected text, kind, chinese, unit")
            }
            guard let kind = QuantityKind(rawValue: cells[1]) else {
                throw RuleFileError.malformed(file: file, key: cells[0], reason: "unknown kind \(cells[1])")
            }
            guard let policy = ChineseNumeralPolicy(rawValue: cells[2]) else {
                throw RuleFileError.malformed(file: file, key: cells[0], reason: "unknown chinese policy \(cells[2])")
            }
            units.append(QuantityUnit(text: cells[0], unit: cells[3].isEmpty ? nil : cells[3], kind: kind, chinese: policy))
        }
        return units
    }

    /// The bundled vocabulary.
    static func bundled() throws -> [QuantityUnit] {
        guard let url = Bundle.module.url(forResource: "unitvocab", withExtension: "tsv", subdirectory: "rules"),
              let data = try? Data(contentsOf: url) else {
            throw RuleFileError.missing(file: file)
        }
        return try parse(String(decoding: data, as: UTF8.self))
    }
}
