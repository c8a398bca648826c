import Foundation

/// Decides whether a whole line is page chrome, with one table for HTML and text inputs.
struct ChromeLineFilter: @unchecked Sendable {
    /// Bundled rules in table order.
    let builtIn: [CompiledLineRule]
    /// The user's `clean.chromeLinePatterns`, tried first and without length limits.
    let user: [CompiledLineRule]
    /// For every BMP scalar, the bundled rules (bit i = rule i) whose trigger words start with it.
    let triggerMasks: [UInt64]
    /// Bundled rules without triggers, tried on every short line.
    let alwaysMask: UInt64
    /// Longest line any bundled rule may remove; longer lines skip the regexes.
    let longestRemovable: Int

    /// Compiles the bundled rules and the user's patterns.
    init(specs: [LineRuleSpec], userPatterns: [String]) throws {
        guard specs.count <= 64 else {
            throw CleanSetupError.badPattern(rule: "lineRules", pattern: "(\(specs.count) rules)", reason: "at most 64 bundled line rules")
        }
        builtIn = try specs.map {
            try CompiledLineRule(id: $0.id, pattern: $0.pattern, maxLength: $0.maxLength, sparesSentences: true)
        }
        user = try userPatterns.enumerated().map {
            try CompiledLineRule(id: "user-\($0.offset + 1)", pattern: $0.element, maxLength: .max, sparesSentences: false)
        }
        var masks = [UInt64](repeating: 0, count: 0x10000)
        var always: UInt64 = 0
        for (i, spec) in specs.enumerated() {
            guard let triggers = spec.triggers, !triggers.isEmpty else {
                always |= 1 << UInt64(i)
                continue
            }
            for word in triggers {
                guard let first = word.unicodeScalars.first else { continue }
                if first.value < 0x10000 {
                    masks[Int(first.value)] |= 1 << UInt64(i)
                } else {
                    always |= 1 << UInt64(i)
                }
            }
        }
        triggerMasks = masks
        alwaysMask = always
        longestRemovable = specs.map(\.maxLength).max() ?? 0
    }

    /// The id of the rule that removes `line` (already trimmed), or nil when the line is body text.
    func rule(for line: String) -> String? {
        var length = 0
        var mask = alwaysMask
        for scalar in line.unicodeScalars {
            length += 1
            if scalar.value < 0x10000 { mask |= triggerMasks[Int(scalar.value)] }
        }
        if length == 0 { return nil }
        let utf16Length = line.utf16.count
        for rule in user where rule.matches(line, utf16Length: utf16Length) {
            return rule.id
        }
        if length > longestRemovable { return nil }
        // A line that ends like a sentence is prose, however chrome-like its words (本文被分享转发6.4万次。).
        if TextScan.endsLikeSentence(line) { return nil }
        while mask != 0 {
            let i = mask.trailingZeroBitCount
            mask &= mask - 1
            let rule = builtIn[i]
            if length <= rule.maxLength && rule.matches(line, utf16Length: utf16Length) { return rule.id }
        }
        return nil
    }
}
