/// The stretches of a report that tell what is planned, not what was done: every section whose standard part is
/// `plan` (`下一步工作`, `2025年工作打算`). A number there (`将制定出台规范性文件2件以上`, `每月至少开展1次法治讲座`) is
/// a commitment, so it is no indicator instance, whatever verb it carries.
public struct PlanExtent: Sendable, Equatable {
    /// Scalar ranges of the plan sections in the normalized text, in text order, not overlapping.
    public let ranges: [Range<Int>]

    /// No plan stretch (a text without sections, or callers that do not know them).
    public static let none = PlanExtent(ranges: [])

    /// Creates an extent from explicit ranges (sorted and merged here).
    public init(ranges: [Range<Int>]) {
        var merged: [Range<Int>] = []
        for r in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        self.ranges = merged
    }

    /// The plan sections of a parsed section tree (a nested section carries its top-level section's part).
    public init(sections: [SectionRecord]) {
        self.init(ranges: sections.filter { $0.part == .plan && $0.charStart <= $0.charEnd }.map { $0.charStart..<$0.charEnd })
    }

    /// Whether the scalar offset lies inside a plan section.
    public func contains(_ offset: Int) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }
}
