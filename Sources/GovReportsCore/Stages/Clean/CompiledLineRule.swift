import Foundation

/// A chrome line rule compiled once per run.
struct CompiledLineRule: @unchecked Sendable {
    /// Rule id recorded with removed lines.
    let id: String
    /// The rule anchored to the whole line.
    let regex: NSRegularExpression
    /// Longest line the rule may remove (scalars); `Int.max` for user rules.
    let maxLength: Int
    /// Whether a line ending like a sentence (`。`, `？` …) is protected from this rule.
    let sparesSentences: Bool

    /// Compiles `pattern` so that it must match a whole line.
    init(id: String, pattern: String, maxLength: Int, sparesSentences: Bool) throws {
        self.id = id
        do {
            self.regex = try NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [])
        } catch {
            throw CleanSetupError.badPattern(rule: id, pattern: pattern, reason: "\(error)")
        }
        self.maxLength = maxLength
        self.sparesSentences = sparesSentences
    }

    /// Whether the rule matches the whole of `line` (`utf16Length` is the line's NSString length).
    func matches(_ line: String, utf16Length: Int) -> Bool {
        regex.firstMatch(in: line, options: [], range: NSRange(location: 0, length: utf16Length)) != nil
    }
}
