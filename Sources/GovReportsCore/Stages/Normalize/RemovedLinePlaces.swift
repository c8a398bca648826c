/// Gives every line the normalize record lists as removed (clean's chrome, the site template's lines, title copies)
/// its place among the lines of the normalized text, so an audit view can show it where it stood without replaying
/// the stages.
///
/// Everything is first placed among the split lines before normalize removed any (`split`): clean's chrome stood
/// before the split line its cleaned line starts, a template or title line at its own index. The place among the
/// normalized lines is then the number of split lines before that place which normalize kept.
struct RemovedLinePlaces {
    /// The split lines' count before the template and title removals.
    let splitCount: Int
    /// Indices among the split lines that normalize removed, ascending.
    private let gone: [Int]

    /// Places over `splitCount` split lines of which the ascending indices `gone` were removed.
    init(splitCount: Int, gone: [Int]) {
        self.splitCount = splitCount
        self.gone = gone
    }

    /// The title lines' indices among `kept` (the lines the template left), found by walking `body` (the lines the
    /// title merger left, in order) beside them; the merger removes copies only near the top, so the walk stops
    /// once all `kept.count - body.count` are found.
    static func titleIndices(kept: [String], body: [String]) -> [Int] {
        let missing = kept.count - body.count
        var out: [Int] = []
        guard missing > 0 else { return out }
        var j = 0
        var i = 0
        while i < kept.count, out.count < missing {
            if j < body.count, kept[i] == body[j] { j += 1 } else { out.append(i) }
            i += 1
        }
        return out
    }

    /// The normalized line a place among the split lines falls before: the kept split lines in front of it.
    func normalizedLine(beforeSplit at: Int) -> Int {
        // Binary search: how many removed indices are below `at`.
        var lo = 0
        var hi = gone.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if gone[mid] < at { lo = mid + 1 } else { hi = mid }
        }
        return min(at, splitCount) - lo
    }

    /// The record's removed lines in document order with their places among the normalized lines: `chrome` with
    /// clean's places (an index among the cleaned lines, turned into a split line by `cleanedStarts`; nil stays nil,
    /// listed first), then the split lines `dropped` with their rules (`(index, line, rule)`), merged by place.
    func place(chrome: [RemovedLine], cleanedStarts: [Int], dropped: [(index: Int, line: String, rule: String)]) -> [RemovedLine] {
        // (split place, 0 = before that line / 1 = that line itself, order, line).
        var entries: [(at: Int, kind: Int, order: Int, removed: RemovedLine)] = []
        entries.reserveCapacity(chrome.count + dropped.count)
        var unplaced: [RemovedLine] = []
        for (order, r) in chrome.enumerated() {
            guard let k = r.beforeLine, k >= 0 else { unplaced.append(r); continue }
            let at = k < cleanedStarts.count ? cleanedStarts[k] : splitCount
            entries.append((at, 0, order, r))
        }
        for (order, d) in dropped.enumerated() {
            entries.append((d.index, 1, order, RemovedLine(line: d.line, rule: d.rule)))
        }
        entries.sort { ($0.at, $0.kind, $0.order) < ($1.at, $1.kind, $1.order) }
        var out = unplaced
        out.reserveCapacity(unplaced.count + entries.count)
        for e in entries {
            var r = e.removed
            r.beforeLine = normalizedLine(beforeSplit: e.at)
            out.append(r)
        }
        return out
    }
}
