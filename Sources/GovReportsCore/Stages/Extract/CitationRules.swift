/// Title-kind suffixes and document-number brackets, loaded from `Resources/rules/citations.json`.
public struct CitationRules: Codable, Sendable {
    /// Title endings and their kinds; the longest matching ending wins.
    public var titleKinds: [TitleKindRule]
    /// Kind for titles no ending matches.
    public var otherKind: String
    /// Opening brackets of trailing qualifiers such as `(试行)`, stripped before the kind is decided.
    public var trailingQualifierOpeners: String
    /// Closing brackets of trailing qualifiers.
    public var trailingQualifierClosers: String
    /// Bracket pairs around the year of a document number; all are folded to 〔〕.
    public var docNumberBrackets: [[String]]
    /// Characters that end an issuer prefix when scanning backwards (particles, verbs).
    public var issuerStopChars: String
    /// Longest issuer prefix, in scalars.
    public var issuerMaxLength: Int
    /// Verbs that may stand right before an issuer without punctuation (`印发厦海政办〔2022〕12号`); cut off.
    public var issuerStripPrefixes: [String]
    /// Most digits in a serial number.
    public var serialMaxDigits: Int

    /// Loaded once per process from the resource bundle.
    private static let cached: Result<CitationRules, RuleFileError> = {
        do {
            let rules = try BundledRuleFile.json(CitationRules.self, name: "citations")
            for (i, pair) in rules.docNumberBrackets.enumerated()
            where pair.count != 2 || pair.contains(where: { $0.unicodeScalars.count != 1 }) {
                return .failure(.malformed(file: "citations.json", key: "docNumberBrackets.\(i)",
                                           reason: "expected a pair of single characters"))
            }
            return .success(rules)
        } catch let error as RuleFileError {
            return .failure(error)
        } catch {
            return .failure(.malformed(file: "citations.json", key: "(root)", reason: "\(error)"))
        }
    }()

    /// The bundled rules.
    public static func bundled() throws -> CitationRules { try cached.get() }
}
