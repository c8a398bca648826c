import Foundation

/// The robots.txt rules that apply to our agent on one host (RFC 9309: longest match wins, Allow wins ties).
public struct RobotsPolicy: Sendable, Equatable {
    /// Rules of the group(s) that apply to our agent.
    public var rules: [RobotsRule]
    /// Crawl-delay of that group in seconds, if any.
    public var crawlDelay: Double?
    /// Set when robots.txt could not be read (5xx, unreachable): everything is disallowed, with this reason.
    public var unavailable: String?

    /// A policy that allows every path (no robots.txt, or a 4xx for it).
    public static let allowAll = RobotsPolicy(rules: [], crawlDelay: nil, unavailable: nil)

    /// A policy that disallows every path because robots.txt could not be read.
    public static func disallowAll(reason: String) -> RobotsPolicy {
        RobotsPolicy(rules: [], crawlDelay: nil, unavailable: reason)
    }

    /// Creates a policy from explicit rules.
    public init(rules: [RobotsRule], crawlDelay: Double?, unavailable: String?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
        self.unavailable = unavailable
    }

    /// Parses robots.txt, keeping the groups for `agent` (product token, case-insensitive), else those for `*`.
    public init(parsing text: String, agent: String) {
        let token = agent.lowercased()
        var groups: [(agents: [String], rules: [RobotsRule], delay: Double?)] = []
        var lastWasAgent = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                // Consecutive user-agent lines share one group; one after a rule starts a new group.
                if lastWasAgent, !groups.isEmpty { groups[groups.count - 1].agents.append(value.lowercased()) } else {
                    groups.append(([value.lowercased()], [], nil))
                }
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                // An empty Disallow allows everything, so it adds no rule.
                guard !groups.isEmpty, !value.isEmpty else { continue }
                groups[groups.count - 1].rules.append(RobotsRule(allow: key == "allow", pattern: Self.encodeNonASCII(value)))
            case "crawl-delay":
                lastWasAgent = false
                guard !groups.isEmpty, let seconds = Double(value), seconds >= 0 else { continue }
                groups[groups.count - 1].delay = seconds
            default:
                // Sitemap and unknown keys do not end a group of user-agent lines' rules.
                continue
            }
        }
        let mine = groups.filter { $0.agents.contains(token) }
        let chosen = mine.isEmpty ? groups.filter { $0.agents.contains("*") } : mine
        self.init(rules: chosen.flatMap { $0.rules }, crawlDelay: chosen.compactMap { $0.delay }.max(), unavailable: nil)
    }

    /// Whether `path` (path plus `?query`, percent-encoded as in the URL) may be fetched.
    public func allows(_ path: String) -> Bool {
        if unavailable != nil { return false }
        var best: (length: Int, allow: Bool)?
        for rule in rules where Self.matches(pattern: rule.pattern, path: path) {
            let length = rule.pattern.utf8.count
            if best == nil || length > best!.length || (length == best!.length && rule.allow) {
                best = (length, rule.allow)
            }
        }
        return best?.allow ?? true
    }

    /// Matches a robots pattern (prefix match, `*` any run, `$` at the end anchors) against a path.
    static func matches(pattern: String, path: String) -> Bool {
        var p = Array(pattern.utf8)
        let s = Array(path.utf8)
        var anchored = false
        if p.last == UInt8(ascii: "$") {
            anchored = true
            p.removeLast()
        }
        // Iterative wildcard match with backtracking to the last `*`, linear enough for robots patterns.
        var pi = 0, si = 0
        var star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = si
                pi += 1
            } else if pi < p.count, p[pi] == s[si] {
                pi += 1
                si += 1
            } else if pi == p.count, !anchored {
                return true
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }

    /// Percent-encodes non-ASCII bytes (a `Disallow: /公开/` line) so patterns compare with URL paths as sent.
    static func encodeNonASCII(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if byte < 0x80 { out.unicodeScalars.append(Unicode.Scalar(byte)) } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// The path-and-query of a URL as robots rules see it.
    public static func path(of url: URL) -> String {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        var path = components?.percentEncodedPath ?? "/"
        if path.isEmpty { path = "/" }
        if let query = components?.percentEncodedQuery { path += "?" + query }
        return path
    }
}
