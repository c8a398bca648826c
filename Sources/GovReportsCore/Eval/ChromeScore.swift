/// How well chrome was removed and body kept, for one text document with gold chrome lines.
public struct ChromeScore: Codable, Sendable, Equatable {
    /// Gold chrome lines.
    public var chromeLines: Int
    /// Gold chrome lines absent from the body.
    public var chromeRemoved: Int
    /// Gold title lines.
    public var titleLines: Int
    /// Title lines kept out of the body (counting occurrences).
    public var titleRemoved: Int
    /// Body lines of the source (not listed in gold).
    public var bodyLines: Int
    /// Body lines still present.
    public var bodyKept: Int
    /// Chrome lines that survived, and body lines lost.
    public var problems: [String]

    /// Sums two scores.
    public static func + (a: ChromeScore, b: ChromeScore) -> ChromeScore {
        ChromeScore(chromeLines: a.chromeLines + b.chromeLines, chromeRemoved: a.chromeRemoved + b.chromeRemoved,
                    titleLines: a.titleLines + b.titleLines, titleRemoved: a.titleRemoved + b.titleRemoved,
                    bodyLines: a.bodyLines + b.bodyLines, bodyKept: a.bodyKept + b.bodyKept, problems: a.problems + b.problems)
    }

    /// Empty score.
    public static let zero = ChromeScore(chromeLines: 0, chromeRemoved: 0, titleLines: 0, titleRemoved: 0, bodyLines: 0,
                                         bodyKept: 0, problems: [])

    /// Scores one document: `sourceLines` are the input's lines, `bodyLines` the normalized body's lines.
    public static func score(sourceLines: [String], bodyLines: [String], gold: [GoldChromeLine]) -> ChromeScore {
        // Lines are matched in the rule view: gold may write a line's punctuation in either width.
        let key: (String) -> String = { TitleMerger.matchKey($0) }
        var bodyCounts: [String: Int] = [:]
        for l in bodyLines { bodyCounts[key(l), default: 0] += 1 }
        var sourceCounts: [String: Int] = [:]
        for l in sourceLines { sourceCounts[key(l), default: 0] += 1 }
        var s = ChromeScore.zero
        var listed = Set<String>()
        var titleCounts: [String: Int] = [:]
        for g in gold {
            let k = key(g.line)
            listed.insert(k)
            switch g.class {
            case "chrome":
                s.chromeLines += 1
                if bodyCounts[k, default: 0] == 0 { s.chromeRemoved += 1 } else { s.problems.append("chrome kept: \(g.line)") }
            case "title":
                titleCounts[k, default: 0] += 1
            default:
                break
            }
        }
        for (k, n) in titleCounts {
            s.titleLines += n
            let expectedInBody = max(0, sourceCounts[k, default: 0] - n)
            let extra = max(0, bodyCounts[k, default: 0] - expectedInBody)
            s.titleRemoved += n - min(n, extra)
            if extra > 0 { s.problems.append("title line left in body: \(k)") }
        }
        // A body line joined from a hard wrap's lines holds several source lines: each counts as kept when the body
        // line is exactly a run of consecutive source lines (page furniture listed in gold may stand between).
        let sourceKeys = sourceLines.map(key)
        let joined = JoinedLines.keptParts(sourceKeys: sourceKeys, bodyKeys: bodyLines.map(key), skippable: listed)
        for (i, l) in sourceLines.enumerated() {
            let k = sourceKeys[i]
            if k.isEmpty || listed.contains(k) { continue }
            s.bodyLines += 1
            if bodyCounts[k, default: 0] > 0 || joined.contains(i) { s.bodyKept += 1 } else { s.problems.append("body line lost: \(String(l.prefix(40)))") }
        }
        return s
    }
}
