import Foundation

/// Puts the lines clean and normalize removed (chrome, a site template's lines, title copies) back where they stood,
/// as positions among the lines of the normalized text the offsets point into: the normalize record gives each its
/// place (`beforeLine`), so nothing is replayed here.
struct ChromePlacement {
    /// Removed lines to show before normalized line `i` (key = line count for lines after the last one).
    private(set) var before: [Int: [RemovedLine]] = [:]
    /// Removed lines whose place is not recorded (older artifacts), or all of them when the normalize record is
    /// not the one the extract record was made from: shown at the top, marked as such.
    private(set) var unplaced: [RemovedLine] = []

    /// Places the normalize record's removed lines among `normalizedText`'s lines; when the record's text is not
    /// that text (a stale record), places nothing rather than misplace.
    init(normalized: NormalizedDocument, normalizedText: String) {
        guard !normalized.removed.isEmpty else { return }
        guard normalized.text == normalizedText else {
            unplaced = normalized.removed
            return
        }
        let lines = Self.lineCount(normalizedText)
        for r in normalized.removed {
            guard let at = r.beforeLine, at >= 0 else { unplaced.append(r); continue }
            before[min(at, lines), default: []].append(r)
        }
    }

    /// Lines of a text (line breaks + 1), counted with `memchr` over its UTF-8.
    static func lineCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { buffer -> Int in
            guard let base = buffer.baseAddress else { return 1 }
            var count = 1
            var at = 0
            while at < buffer.count, let hit = memchr(base + at, 0x0A, buffer.count - at) {
                count += 1
                at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
    }
}
