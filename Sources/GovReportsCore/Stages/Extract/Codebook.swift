import Foundation

/// The codebook: indicators researchers compare across reports (loaded from JSON).
public struct Codebook: Codable, Sendable {
    /// Indicators in column order.
    public var indicators: [Indicator]
    /// Nouns that, right after a mention, show it counts something no indicator measures (`七个方面`, `8大类`).
    public var otherCountedNouns: [String]
    /// Words naming the period before the report's (`上年度`, `去年`): opening a sentence as its time, or a number's
    /// own clause, they date the figure to that period, which is no instance of the measure.
    public var previousPeriodWords: [String]
    /// What, right after a previous-period word, makes it part of a noun of this period (`上年结转`: carried over).
    public var previousPeriodNotBefore: [String]

    /// JSON keys.
    enum CodingKeys: String, CodingKey {
        case indicators, otherCountedNouns = "other_counted_nouns", previousPeriodWords = "previous_period_words"
        case previousPeriodNotBefore = "previous_period_not_before"
    }

    /// Creates a codebook.
    public init(indicators: [Indicator], otherCountedNouns: [String] = [], previousPeriodWords: [String] = [],
                previousPeriodNotBefore: [String] = []) {
        self.indicators = indicators
        self.otherCountedNouns = otherCountedNouns
        self.previousPeriodWords = previousPeriodWords
        self.previousPeriodNotBefore = previousPeriodNotBefore
    }

    /// Decodes; `other_counted_nouns` and the previous-period words may be absent in user codebooks.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(indicators: try c.decode([Indicator].self, forKey: .indicators),
                  otherCountedNouns: try c.decodeIfPresent([String].self, forKey: .otherCountedNouns) ?? [],
                  previousPeriodWords: try c.decodeIfPresent([String].self, forKey: .previousPeriodWords) ?? [],
                  previousPeriodNotBefore: try c.decodeIfPresent([String].self, forKey: .previousPeriodNotBefore) ?? [])
    }

    /// Loads a user codebook (path relative to the config folder) or the bundled one, and validates it.
    public static func load(_ path: String?, baseDirectory: URL) throws -> Codebook {
        guard let url = fileURL(path, baseDirectory: baseDirectory) else { return Codebook(indicators: []) }
        let codebook: Codebook
        do { codebook = try read(url) } catch {
            // Said in words with the key path at fault, not as a decoder or Foundation error dump.
            switch error {
            case .malformed(_, let key, let reason): throw CodebookError.unreadable(path: url.path, reason: "at \(key): \(reason)")
            case .missing: throw CodebookError.unreadable(path: url.path, reason: "no such file")
            }
        }
        try codebook.validate()
        return codebook
    }

    /// Reads and decodes a codebook file through the one rule-file decoder: errors name the file and the key path.
    public static func read(_ url: URL) throws(RuleFileError) -> Codebook {
        let bytes: [UInt8]
        do { bytes = try PlainFile.read(url.path) } catch {
            throw .malformed(file: url.path, key: "(file)", reason: error.reason)
        }
        do { return try BundledRuleFile.decode(Codebook.self, from: Data(bytes), file: url.path) } catch {
            throw (error as? RuleFileError) ?? .malformed(file: url.path, key: "(root)", reason: "\(error)")
        }
    }

    /// The file a codebook setting names: the user file, or the bundled `rules/codebook.json` (nil if not bundled).
    public static func fileURL(_ path: String?, baseDirectory: URL) -> URL? {
        if let path {
            return path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
        }
        return Bundle.module.url(forResource: "codebook", withExtension: "json", subdirectory: "rules")
    }

    /// SHA-256 of the codebook file's bytes (empty when unreadable), so editing the file re-runs extract and export.
    public static func contentDigest(_ path: String?, baseDirectory: URL) -> String {
        guard let url = fileURL(path, baseDirectory: baseDirectory), let data = try? Data(contentsOf: url) else { return "" }
        return Digest.sha256(data)
    }

    /// Checks what decoding cannot: unique ids usable as column names, known aggregates, non-empty units and triggers.
    public func validate() throws {
        var seen: Set<String> = []
        for i in indicators {
            if i.id.isEmpty || !i.id.unicodeScalars.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }) {
                throw CodebookError.invalidIndicator(id: i.id, reason: "id must be ASCII letters, digits and _ (it becomes a column name)")
            }
            if !seen.insert(i.id).inserted {
                throw CodebookError.invalidIndicator(id: i.id, reason: "duplicate id")
            }
            if !Indicator.aggregates.contains(i.aggregate) {
                throw CodebookError.invalidIndicator(id: i.id, reason: "aggregate must be first, sum or max, not \"\(i.aggregate)\"")
            }
            if i.units.isEmpty || i.units.contains(where: \.isEmpty) {
                throw CodebookError.invalidIndicator(id: i.id, reason: "units must list at least one non-empty unit")
            }
            if i.triggers.isEmpty {
                throw CodebookError.invalidIndicator(id: i.id, reason: "triggers must list at least one pattern")
            }
        }
    }
}
