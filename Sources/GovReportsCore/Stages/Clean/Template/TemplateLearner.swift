import Foundation

/// Learns a site's template from its documents' lines: the lines that recur in enough of them. Pure: the same
/// members and options give the same template.
public struct TemplateLearner: Sendable {
    /// Thresholds.
    public let config: TemplateConfig
    /// Lines this close to a text's head or tail are counted whatever their length (a long footer sentence).
    static let edgeLines = 8
    /// A line must recur in at least this many documents, whatever the share (two pages sharing a line prove little).
    static let minOccurrences = 3

    /// Creates a learner.
    public init(config: TemplateConfig) {
        self.config = config
    }

    /// The template of a group from each member's lines (normalized lines of its cleaned text); nil when the group
    /// is too small to tell a template from shared text.
    public func learn(group: String, members: [[String]]) -> SiteTemplate? {
        guard members.count >= config.minGroupSize else { return nil }
        // Cleaned report text is almost always canonically inert, and then bytes decide equality: hashing `String`
        // (an NFC check of every scalar on every hash and rehash) was most of the learner. Otherwise Swift's own.
        let recurring = members.allSatisfy { $0.allSatisfy(CanonicallyInert.check) }
            ? recurringLines(members, ByteKeyedString.init, \.string) : recurringLines(members, { $0 }, { $0 })
        let lines = recurring.filter { !TemplateLineClass.isStructure($0) }
        return SiteTemplate(group: group, lines: lines, maxLineLength: config.maxLineLength)
    }

    /// The lines (in no particular order) that occur in at least the needed number of members, counting a line once
    /// per member and only near a text's edge or when short enough; `key` gives the hashed form of a line.
    func recurringLines<Key: Hashable>(_ members: [[String]], _ key: (String) -> Key, _ text: (Key) -> String) -> [String] {
        var frequency: [Key: Int] = [:]
        for lines in members {
            var seen = Set<Key>(minimumCapacity: lines.count)
            for (i, line) in lines.enumerated() {
                let nearEdge = i < Self.edgeLines || i >= lines.count - Self.edgeLines
                guard nearEdge || line.unicodeScalars.count <= config.maxLineLength else { continue }
                let k = key(line)
                if seen.insert(k).inserted { frequency[k, default: 0] += 1 }
            }
        }
        // The epsilon keeps 0.6 × 20 at 12 (binary floating point makes it a hair over or under).
        let needed = max(Self.minOccurrences, Int((config.minShare * Double(members.count) - 1e-9).rounded(.up)))
        return frequency.compactMap { $0.value >= needed ? text($0.key) : nil }
    }

    /// The group a document belongs to under `grouping`, or nil when it is learned in no group.
    public static func group(of doc: SourceDocument, grouping: TemplateGrouping) -> String? {
        switch grouping {
        case .none:
            return nil
        case .host, .folder:
            if let url = doc.url {
                guard let parsed = URL(string: url), let host = parsed.host?.lowercased() else { return nil }
                if grouping == .host { return "host:" + host }
                return "folder:" + host + parsed.deletingLastPathComponent().path
            }
            // The source as the user names it (relative to the config folder), so the key survives a moved checkout.
            return "folder:" + (doc.source as NSString).deletingLastPathComponent
        }
    }
}
