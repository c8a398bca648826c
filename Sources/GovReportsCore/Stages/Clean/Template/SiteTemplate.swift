/// The template of one site: the lines that recur across its documents, and which of a document's lines it removes.
public struct SiteTemplate: Codable, Sendable, Equatable {
    /// The group (site) key, e.g. `host:www.example.gov.cn` or `folder:reports/2023`.
    public var group: String
    /// Lines that recur in enough of the group's documents, sorted.
    public var lines: [String]
    /// Longest line that may be removed away from the head and tail of a text.
    public var maxLineLength: Int

    /// A run of template lines this long or longer is chrome wherever it stands (a menu, a share bar); a single
    /// recurring line inside the body is not (a signature agency, a recurring heading or label).
    static let minInnerRun = 2
    /// Version of the removal rules, part of a stored template's fingerprint: the per-document identities stored
    /// with a template were computed by these rules, so a change of rules must relearn (2: tables' lines stay; 3: so does a table header
    /// at the text's first line).
    static let rulesVersion = 3

    /// Creates a template.
    public init(group: String, lines: [String], maxLineLength: Int) {
        self.group = group
        self.lines = lines.sorted()
        self.maxLineLength = maxLineLength
    }

    /// Indices of the lines of a document that this template removes (see `decision(in:)`).
    public func removals(in text: [String]) -> [Int] {
        decision(in: text).removals
    }

    /// What this template does to a document: it removes runs of template lines (headings, lead-ins and numeric
    /// rows never count) that touch the text's first or last line, and elsewhere runs of at least `minInnerRun`
    /// short, unpunctuated template lines, except inside the body a run that is part of a table (a header above a
    /// numeric row): every report made from one form shares its tables' headers, which are body, so those stay
    /// and are reported as kept.
    public func decision(in text: [String]) -> TemplateDecision {
        if lines.isEmpty { return TemplateDecision(removals: [], keptTableLines: []) }
        let set = Set(lines)
        let marked = text.map { set.contains($0) && !TemplateLineClass.isStructure($0) && !TemplateTableLines.isNumericRow($0) }
        var out: [Int] = [], kept: [Int] = []
        var i = 0
        while i < text.count {
            guard marked[i] else { i += 1; continue }
            var j = i
            while j < text.count, marked[j] { j += 1 }
            if i == 0, TemplateTableLines.isHeadHeader(i..<j, in: text) {
                // A text that opens with a table (the title lifted out): the header above its first numeric row stays.
                kept.append(contentsOf: i..<j)
            } else if i == 0 || j == text.count {
                out.append(contentsOf: i..<j)
            } else if j - i >= Self.minInnerRun {
                // Inside the text only the label-like lines of a run go; a recurring sentence stays.
                let labels = (i..<j).filter { TemplateLineClass.isLabel(text[$0], maxLength: maxLineLength) }
                if TemplateTableLines.isTableBound(i..<j, in: text) {
                    kept.append(contentsOf: labels)
                } else {
                    out.append(contentsOf: labels)
                }
            }
            i = j
        }
        return TemplateDecision(removals: out, keptTableLines: kept)
    }

    /// The identity of what this template removes from a document: the hash of the removed lines in order, or nil
    /// when it removes nothing (the document's identity is then what it would be without a template).
    public func applicableIdentity(in text: [String]) -> String? {
        let removed = removals(in: text)
        if removed.isEmpty { return nil }
        return Digest.sha256(removed.map { text[$0] }.joined(separator: "\n"))
    }
}
