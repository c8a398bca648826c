/// Standard-part keywords and heading punctuation, loaded from `Resources/rules/sections.json`.
public struct SectionRules: Codable, Sendable {
    /// Part keyword lists in priority order: the first rule with a keyword in the title decides, so a part may
    /// appear twice (strong `measures` phrases before `plan`, generic ones after it).
    public var parts: [PartRule]
    /// Punctuation after which an inline `一是` may start a level-4 section.
    public var inlineEnumerationAfter: String
    /// Punctuation that ends a heading title.
    public var headingTitleEnds: String
    /// Longest heading title kept, in scalars.
    public var maxTitleLength: Int
    /// Words after `第一` that make a level-0 heading above `一、` (`第一部分`, `第二章`); optional, so an older rule
    /// file still loads.
    public var partMarkers: [String]?

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
        // Literal UTF-8 search: Foundation's `contains` folded strings through CFString, a twentieth of extract time.
        var title = title
        return title.withUTF8 { hay in
            for rule in parts where rule.keywords.contains(where: { ByteSearch.contains(Array($0.utf8), in: hay) }) {
                return rule.part
            }
            return .other
        }
    }
}
