import Foundation
@testable import GovReportsCore

/// Builds `QuantityRecord`s from `gold/quantities.jsonl` for a seed, so the indicator matcher can be scored without
/// the quantity scanner: each gold mention is found in the seed's normalized text after the previous one.
enum GoldQuantityLocator {
    /// Gold quantities of `stem`, located in `text` (normalized and folded as the normalize stage does).
    /// Throws when a mention cannot be found, which would mean the fixture and the gold disagree.
    static func quantities(stem: String, text: String) throws -> [QuantityRecord] {
        let scalars = Array(text.unicodeScalars)
        let rows = try goldRows().filter { ($0["doc"] as? String) == stem }
        var cursor = 0
        var out: [QuantityRecord] = []
        for row in rows {
            let mention = SeedFixture.fold(row["text"] as? String ?? "")
            let needle = Array(mention.unicodeScalars)
            guard let start = find(needle, in: scalars, from: cursor) ?? find(needle, in: scalars, from: 0) else {
                throw GoldLocatorError(stem: stem, mention: mention)
            }
            cursor = start + needle.count
            out.append(QuantityRecord(
                mention: out.count + 1, text: mention, value: (row["value"] as? NSNumber)?.doubleValue ?? 0,
                valueMax: (row["value_max"] as? NSNumber)?.doubleValue, unit: row["unit"] as? String,
                kind: QuantityKind(rawValue: row["kind"] as? String ?? "other") ?? .other, approx: row["approx"] as? String,
                section: "", sectionTitle: nil, sentence: "", charStart: start, charEnd: start + needle.count,
                subject: nil, indicator: nil))
        }
        return out
    }

    /// First offset ≥ `from` where `needle` occurs in `haystack`.
    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// Rows of `gold/quantities.jsonl`.
    static func goldRows() throws -> [[String: Any]] {
        let text = try String(contentsOf: SeedFixture.sharedURL.appendingPathComponent("gold/quantities.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }
}
