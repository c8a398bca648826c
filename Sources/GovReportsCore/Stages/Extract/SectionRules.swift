/// Standard-part keywords and heading punctuation, loaded from `Resources/rules/sections.json`.
public struct SectionRules: Codable, Sendable {
    /// Part keyword lists; the earliest keyword in a title decides, ties go to the earlier rule.
    public var parts: [PartRule]
    /// Punctuation after which an inline `一是` may start a level-4 section.
    public var inlineEnumerationAfter: String
    /// Punctuation that ends a heading title.
    public var headingTitleEnds: String
    /// Longest heading title kept, in scalars.
    public var maxTitleLength: Int

    /// Loaded once per process from the resource bundle.
    private static let cached: Result<SectionRules, RuleFileError> = {
        do {
            return .success(try BundledRuleFile.json(SectionRules.self, name: "sections"))
        } catch let error as RuleFileError {
            return .failure(error)
        } catch {
            return .failure(.malformed(file: "sections.json", key: "(root)", reason: "\(error)"))
        }
    }()

    /// The bundled rules.
    public static func bundled() throws -> SectionRules { try cached.get() }

    /// The standard part a top-level heading title belongs to.
    public func part(forTitle title: String) -> StandardPart {
        var best: (position: Int, rank: Int, part: StandardPart)?
        for (rank, rule) in parts.enumerated() {
            for keyword in rule.keywords {
                guard let range = title.range(of: keyword) else { continue }
                let position = title.unicodeScalars.distance(from: title.unicodeScalars.startIndex, to: range.lowerBound)
                if best == nil || position < best!.position || (position == best!.position && rank < best!.rank) {
                    best = (position, rank, rule.part)
                }
            }
        }
        return best?.part ?? .other
    }
}
