import Foundation

/// Decides whether a whole line is page chrome, with one table for HTML and text inputs.
struct ChromeLineFilter: @unchecked Sendable {
    /// Bundled rules in table order.
    let builtIn: [CompiledLineRule]
    /// The user's `clean.chromeLinePatterns`, tried first and without length limits.
    let user: [CompiledLineRule]
    /// For every BMP scalar, the bundled rules (bit i = rule i) with a one-scalar trigger equal to it.
    let singleMasks: [UInt64]
    /// For every BMP scalar, whether some longer trigger starts with it.
    let pairStarts: [Bool]
    /// Rules by the first two scalars (`first << 16 | second`) of their longer triggers.
    let pairMasks: [UInt32: UInt64]
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
            try CompiledLineRule(id: $0.id, pattern: $0.pattern, maxLength: $0.maxLength, sparesSentences: $0.sparesSentences ?? true)
        }
        user = try userPatterns.enumerated().map {
            try CompiledLineRule(id: "user-\($0.offset + 1)", pattern: $0.element, maxLength: .max, sparesSentences: false)
        }
        var singles = [UInt64](repeating: 0, count: 0x10000)
        var starts = [Bool](repeating: false, count: 0x10000)
        var pairs: [UInt32: UInt64] = [:]
        var always: UInt64 = 0
        for (i, spec) in specs.enumerated() {
            let bit: UInt64 = 1 << UInt64(i)
            guard let triggers = spec.triggers, !triggers.isEmpty else {
                always |= bit
                continue
            }
            for word in triggers {
                let scalars = Array(word.unicodeScalars.prefix(2))
                guard let first = scalars.first else { continue }
                if scalars.contains(where: { $0.value >= 0x10000 }) {
                    always |= bit
                } else if scalars.count == 1 {
                    singles[Int(first.value)] |= bit
                } else {
                    starts[Int(first.value)] = true
                    pairs[first.value << 16 | scalars[1].value, default: 0] |= bit
                }
            }
        }
        singleMasks = singles
        pairStarts = starts
        pairMasks = pairs
        alwaysMask = always
        longestRemovable = specs.map(\.maxLength).max() ?? 0
    }

    /// The id of the rule that removes `line` (already trimmed), or nil when the line is body text.
    func rule(for line: String) -> String? {
        verdict(for: line).rule
    }

    /// The rule that removes `line`, and whether a bundled rule matched but the line was kept as a list item of
    /// the body (`（一）县政府门户网站`: a heading, whatever its words); the user's rules still apply to such lines.
    func verdict(for line: String) -> (rule: String?, sparedListItem: Bool) {
        if ListMarker.starts(line) {
            if !user.isEmpty, let id = lineRule(for: line, includingUser: true), id.hasPrefix("user-") { return (id, false) }
            return (nil, lineRule(for: line) != nil)
        }
        if let id = lineRule(for: line, includingUser: true) ?? barRule(for: line) ?? groupRule(for: line) { return (id, false) }
        // An icon before a control (`⬆ 返回顶部`, `🖨 打印`) is a picture of it: the words after it decide.
        if let stripped = ChromeLineFilter.droppingLeadingIcons(line) {
            return (lineRule(for: stripped, includingUser: true) ?? barRule(for: stripped), false)
        }
        return (nil, false)
    }

    /// The first of the user's rules (with `includingUser`) and the bundled ones that removes `line`, or nil.
    func lineRule(for line: String, includingUser useUser: Bool = false) -> String? {
        let user = useUser ? self.user : []
        if user.isEmpty && TextScan.scalarCount(line, exceeds: longestRemovable) { return nil }
        var length = 0
        var mask = alwaysMask
        var previous: UInt32 = 0x10000
        for scalar in line.unicodeScalars {
            length += 1
            let value = scalar.value
            if value < 0x10000 {
                mask |= singleMasks[Int(value)]
                if previous < 0x10000 && pairStarts[Int(previous)], let rules = pairMasks[previous << 16 | value] {
                    mask |= rules
                }
            }
            previous = value
        }
        if length == 0 { return nil }
        let utf16Length = line.utf16.count
        for rule in user where rule.matches(line, utf16Length: utf16Length) {
            return rule.id
        }
        if length > longestRemovable { return nil }
        // A line that ends like a sentence is prose, however chrome-like its words (本文被分享转发6.4万次。).
        let sentence = TextScan.endsLikeSentence(line)
        while mask != 0 {
            let i = mask.trailingZeroBitCount
            mask &= mask - 1
            let rule = builtIn[i]
            if sentence && rule.sparesSentences { continue }
            if length <= rule.maxLength && rule.matches(line, utf16Length: utf16Length) { return rule.id }
        }
        return nil
    }
}
