/// Puts the text clean left outside the body (the normalize record's `outside`) where it stood around the lines of
/// the normalized text: blocks before the body above the first line, blocks after it below the last, blocks
/// between body roots before the line the record names.
struct OutsideBodyPlacement {
    /// Blocks that stood before the body.
    private(set) var before: [OutsideBodyBlock] = []
    /// Blocks between body roots, by the normalized line they came before (line count = after the last line).
    private(set) var between: [Int: [OutsideBodyBlock]] = [:]
    /// Blocks that stood after the body.
    private(set) var after: [OutsideBodyBlock] = []
    /// Whether clean recorded only part of the page's outside text.
    let truncated: Bool

    /// Places `normalized.outside` among `normalizedText`'s lines; when the record's text is not that text (a stale
    /// record) a block between roots cannot be placed and is shown after the body's lines, before the blocks after it.
    init(normalized: NormalizedDocument, normalizedText: String) {
        truncated = normalized.outside.truncated
        guard !normalized.outside.blocks.isEmpty else { return }
        let current = normalized.text == normalizedText
        let lines = ChromePlacement.lineCount(normalizedText)
        var unplaced: [OutsideBodyBlock] = []
        for b in normalized.outside.blocks {
            switch b.place {
            case .before: before.append(b)
            case .after: after.append(b)
            case .between:
                if current, let at = b.beforeLine, at >= 0 { between[min(at, lines), default: []].append(b) } else { unplaced.append(b) }
            }
        }
        after = unplaced + after
    }

    /// Whether anything is placed.
    var isEmpty: Bool { before.isEmpty && between.isEmpty && after.isEmpty }
}
