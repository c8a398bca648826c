import Foundation

/// Puts the lines clean and normalize removed back where they stood, as positions among the lines of the
/// normalized text (the text offsets point into): chrome by the kept-line index clean recorded, title lines by
/// replaying normalize's line folding over the cleaned text and seeing which lines did not arrive.
struct ChromePlacement {
    /// Removed lines to show before normalized line `i` (key = line count for lines after the last one).
    private(set) var before: [Int: [RemovedLine]] = [:]
    /// Removed lines whose place is not recorded (older artifacts): shown at the top, marked as such.
    private(set) var unplaced: [RemovedLine] = []

    /// How many leading cleaned lines normalize may remove as title lines, plus slack for split titles.
    static let titleWindow = TitleMerger.window + 3

    /// Places `cleaned.removed` and normalize's title lines among `normalizedText`'s lines.
    init(cleaned: CleanedDocument, normalizedText: String, foldFullWidth: Bool) {
        // Nothing removed as chrome and as many lines as normalize kept: no title line went either, so there is
        // nothing to place (the common case, decided by counting line breaks instead of replaying normalize).
        if cleaned.removed.isEmpty, Self.lineCount(cleaned.text) == Self.lineCount(normalizedText) { return }
        // Cleaned lines are replayed only as far as a placement needs: past the title window and the last chrome.
        let needed = max(Self.titleWindow, (cleaned.removed.compactMap(\.beforeLine).max() ?? 0) + 1)
        // Lines are split as UTF-8 bytes and only as far as needed (splitting by `Character` was most of the
        // report's time); a split cut short leaves the rest of the text in its last element.
        let cleanedLines = cleaned.text.utf8.split(separator: 0x0A, maxSplits: needed, omittingEmptySubsequences: false)
        let limit = needed * 2 + 8
        let normalizedLines = normalizedText.utf8.split(separator: 0x0A, maxSplits: limit, omittingEmptySubsequences: false)
        let truncated = normalizedLines.count > limit
        let usable = truncated ? normalizedLines.count - 1 : normalizedLines.count
        var start: [Int] = []
        start.reserveCapacity(min(needed, cleanedLines.count) + 1)
        var j = 0
        // (place among normalized lines, cleaned line, 0 = chrome before that line / 1 = title line from it, order).
        var entries: [(at: Int, line: Int, kind: Int, order: Int, removed: RemovedLine)] = []
        var aligned = true
        for (k, line) in cleanedLines.enumerated() {
            if k >= needed { break }
            start.append(j)
            for piece in LineSplitter.lines(String(Substring(line)), fullWidth: foldFullWidth) {
                if j < usable, normalizedLines[j].elementsEqual(piece.utf8) {
                    j += 1
                } else if k < Self.titleWindow && j < usable {
                    entries.append((j, k, 1, entries.count, RemovedLine(line: piece, rule: "title")))
                } else {
                    // Past the title window every folded line must arrive: the texts do not correspond.
                    aligned = false
                }
            }
        }
        if start.count == cleanedLines.count {
            start.append(j)
            // Replayed to the end, every normalized line must have arrived (else the records are from different runs).
            if truncated || j != normalizedLines.count { aligned = false }
        }
        guard aligned else {
            unplaced = cleaned.removed
            return
        }
        // Chrome after everything replayed stands after the last line.
        let end = Int.max
        for (order, r) in cleaned.removed.enumerated() {
            guard let k = r.beforeLine else { unplaced.append(r); continue }
            entries.append((k < start.count ? start[k] : end, k, 0, order, r))
        }
        entries.sort { ($0.at, $0.line, $0.kind, $0.order) < ($1.at, $1.line, $1.kind, $1.order) }
        for e in entries { before[e.at, default: []].append(e.removed) }
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
