import Foundation

/// Decides whether a whole line is page chrome, with one table for HTML and text inputs.
struct ChromeLineFilter: @unchecked Sendable {
    /// Bundled rules in table order.
    let builtIn: [CompiledLineRule]
    /// The user's `clean.chromeLinePatterns`, tried first and without length limits.
    let user: [CompiledLineRule]
    /// All bundled rules in one alternation, so a short line costs one regex call.
    let combined: NSRegularExpression
    /// Capture group of each bundled rule inside `combined`.
    let groupOfRule: [Int]
    /// Longest line any bundled rule may remove; longer lines skip the regexes.
    let longestRemovable: Int

    /// Compiles the bundled rules and the user's patterns.
    init(specs: [LineRuleSpec], userPatterns: [String]) throws {
        builtIn = try specs.map {
            try CompiledLineRule(id: $0.id, pattern: $0.pattern, maxLength: $0.maxLength, sparesSentences: true)
        }
        user = try userPatterns.enumerated().map {
            try CompiledLineRule(id: "user-\($0.offset + 1)", pattern: $0.element, maxLength: .max, sparesSentences: false)
        }
        var groups: [Int] = []
        var next = 1
        for rule in builtIn {
            groups.append(next)
            next += 1 + rule.regex.numberOfCaptureGroups
        }
        groupOfRule = groups
        let alternation = specs.map { "(" + $0.pattern + ")" }.joined(separator: "|")
        do {
            combined = try NSRegularExpression(pattern: "^(?:" + alternation + ")$", options: [])
        } catch {
            throw CleanSetupError.badPattern(rule: "combined", pattern: "(all bundled rules)", reason: "\(error)")
        }
        longestRemovable = specs.map(\.maxLength).max() ?? 0
    }

    /// The id of the rule that removes `line` (already trimmed), or nil when the line is body text.
    func rule(for line: String) -> String? {
        let length = TextScan.scalarCount(line)
        if length == 0 { return nil }
        let utf16Length = line.utf16.count
        for rule in user where rule.matches(line, utf16Length: utf16Length) {
            return rule.id
        }
        if length > longestRemovable { return nil }
        // A line that ends like a sentence is prose, however chrome-like its words (本文被分享转发6.4万次。).
        if TextScan.endsLikeSentence(line) { return nil }
        guard let match = combined.firstMatch(in: line, options: [],
                                              range: NSRange(location: 0, length: utf16Length)) else {
            return nil
        }
        for (index, group) in groupOfRule.enumerated() where match.range(at: group).location != NSNotFound {
            if length <= builtIn[index].maxLength { return builtIn[index].id }
            break
        }
        // The first matching alternative was too short a rule for this line; ask the roomier ones.
        for rule in builtIn where length <= rule.maxLength && rule.matches(line, utf16Length: utf16Length) {
            return rule.id
        }
        return nil
    }
}
