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

    /// Creates a template.
    public init(group: String, lines: [String], maxLineLength: Int) {
        self.group = group
        self.lines = lines.sorted()
        self.maxLineLength = maxLineLength
    }

    /// Indices of the lines of a document that this template removes: runs of template lines (headings and
    /// lead-ins never count) that touch the text's first or last line, and elsewhere runs of at least `minInnerRun` short,
    /// unpunctuated template lines.
    public func removals(in text: [String]) -> [Int] {
        if lines.isEmpty { return [] }
        let set = Set(lines)
        let marked = text.map { set.contains($0) && !TemplateLineClass.isStructure($0) }
        var out: [Int] = []
        var i = 0
        while i < text.count {
            guard marked[i] else { i += 1; continue }
            var j = i
            while j < text.count, marked[j] { j += 1 }
            if i == 0 || j == text.count {
                out.append(contentsOf: i..<j)
            } else if j - i >= Self.minInnerRun {
                // Inside the text only the label-like lines of a run go; a recurring sentence stays.
                out.append(contentsOf: (i..<j).filter { TemplateLineClass.isLabel(text[$0], maxLength: maxLineLength) })
            }
            i = j
        }
        return out
    }

    /// The identity of what this template removes from a document: the hash of the removed lines in order, or nil
    /// when it removes nothing (the document's identity is then what it would be without a template).
    public func applicableIdentity(in text: [String]) -> String? {
        let removed = removals(in: text)
        if removed.isEmpty { return nil }
        return Digest.sha256(removed.map { text[$0] }.joined(separator: "\n"))
    }
}
