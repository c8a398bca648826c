import Foundation

/// The bundled chrome rule table (`Resources/rules/chrome.json`): element rules, content containers and line rules.
struct ChromeTable: Decodable, Sendable {
    /// Table format version.
    var version: Int
    /// Tags whose whole subtree is never text (scripts, styles, widgets).
    var dropTags: [String]
    /// Tags that are page chrome unless they hold real body prose (nav, header, footer …).
    var chromeTags: [String]
    /// `id`/`class` parts (split on non-alphanumerics) that mark an element as chrome.
    var chromeNameParts: [String]
    /// Substrings of a lower-cased `id`/`class` value that mark an element as chrome.
    var chromeNameSubstrings: [String]
    /// Known CMS main-content containers (`id` or `class` names), most specific first.
    var contentContainers: [String]
    /// Substrings of an `id`/`class` value that mark an element as holding the article title.
    var titleNameSubstrings: [String]
    /// Full-line chrome rules shared by HTML and text inputs.
    var lineRules: [LineRuleSpec]

    /// Loads the table bundled with the library.
    static func bundled() throws -> ChromeTable {
        guard let url = Bundle.module.url(forResource: "chrome", withExtension: "json", subdirectory: "rules") else {
            throw CleanSetupError.missingRuleTable("rules/chrome.json")
        }
        let data = try Data(contentsOf: url)
        return try JSONDecoder().decode(ChromeTable.self, from: data)
    }
}
