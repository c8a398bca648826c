/// Word lists for agency, region and year detection, loaded from `Resources/rules/metadata.json`.
public struct MetadataRules: Codable, Sendable {
    /// Endings of an agency name (`局`, `委员会`, `政府`), longest tried first.
    public var agencySuffixes: [String]
    /// Words that may follow a suffix and still belong to the name (`人民政府` + `办公室`).
    public var agencyContinuations: [String]
    /// Words that end the agency part of a title (`关于`, `年度`).
    public var agencyStops: [String]
    /// Characters that never occur inside an agency name (particles, verbs).
    public var agencyForbidden: String
    /// Longest agency name considered, in scalars.
    public var agencyMaxLength: Int
    /// Conjunctions (a subset of `agencyForbidden`) that may join two words inside one agency name
    /// (`住房和城乡建设局`, `人力资源和社会保障局`) when no complete name precedes them.
    public var agencyConjunctions: String
    /// Fewest scalars on each side of such a conjunction (`发展` + `改革` before `委员会`): shorter sides are two
    /// bodies or a level list (`市和区政府`), not one name.
    public var agencyConjunctSide: Int
    /// A leading level character makes a relative name (`市民政局`) and tells its level.
    public var relativeLevels: [String: AdminLevel]
    /// Self references (`我市`, `全区`) whose majority tells the agency's level when the name does not.
    public var selfReferences: [String: AdminLevel]
    /// Characters right after a body mention that show it is not the subject (`市民政局的指导下`).
    public var subjectBlockers: String
    /// Characters after which a clause starts.
    public var clauseStarts: String
    /// Beginnings of national bodies (`国务院`, `国家`).
    public var nationalPrefixes: [String]
    /// Endings of national ministries when no place is named (`民政部`).
    public var nationalSuffixes: [String]
    /// Characters that anonymize a year (`20*年`).
    public var anonymizedYearMarks: String
    /// How many last lines are searched for the signature.
    public var signatureWindow: Int
    /// Mentions a prefecture or county needs before body text alone may name it.
    public var minimumInferredSupport: Int
    /// Two-character words that start with a name's last character (`市场`): a match followed by them is no name.
    public var placeNameFalseEndings: [String]
    /// Characters right before a year that make it a point of comparison (`由2022年的8名`, `比2021年`), not the
    /// report year (optional: an older rule file still loads).
    public var yearReferenceBefore: String?
    /// Words right after `年` that make the year a point of comparison (`与2021年相比`, `2021年同期`); not `以来`,
    /// since `2022年以来` opens many reports on 2022.
    public var yearReferenceAfter: [String]?
    /// Endings of a cited plan's title (`《…》`, a trailing `（2021—2025年）` aside): the year in it is the plan's
    /// (`对照《某区2023年工作要点》`), read after the headings and taken only when the signing or publication date
    /// does not point to another year (optional: without it a cited plan's year counts like any cited title's).
    public var citedPlanEndings: [String]?
    /// Words naming the year before the signing or publication date (`关于上一年度…的报告`).
    public var previousYearWords: [String]?
    /// Bodies a government work report is delivered to (`人民代表大会`): a short dated line naming one under the
    /// title is the session line (optional, as are the next four).
    public var sessionBodies: [String]?
    /// How many first lines are searched for the session line and for a representative marker.
    public var sessionWindow: Int?
    /// Longest session line, in scalars.
    public var sessionLineMaxLength: Int?
    /// Kinds of report counted by the year their session is in (`政府工作报告`); a report to a standing committee
    /// (`关于…法治政府建设情况的报告`) is about the year before, so its session date does not give its year.
    public var sessionReportTitles: [String]?
    /// Words after which the reporting body is named (`我代表县人民政府，向大会报告`).
    public var representativeMarkers: [String]?
    /// How many first lines may hold an issuer block under the title (agency over date), read when no signature
    /// closes the text (optional).
    public var issuerBlockWindow: Int?

    /// Loaded once per process from the resource bundle.
    private static let cached: Result<MetadataRules, RuleFileError> = {
        do {
            return .success(try BundledRuleFile.json(MetadataRules.self, name: "metadata"))
        } catch let error as RuleFileError {
            return .failure(error)
        } catch {
            return .failure(.malformed(file: "metadata.json", key: "(root)", reason: "\(error)"))
        }
    }()

    /// The bundled rules.
    public static func bundled() throws -> MetadataRules { try cached.get() }
}
