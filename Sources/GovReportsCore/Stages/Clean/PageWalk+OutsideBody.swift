/// Recording the text outside the body: a walk over the page that skips the chosen roots (linearized as body) and
/// `<head>`, and files every other paragraph (site header, navigation, sidebars, footers, the page's own title and
/// date lines) as a line of an `OutsideBody` block, with its place relative to the roots and the chrome element it
/// stood in. It only reads the page: the body, its removed lines and the metadata lines are `linearize`'s alone.
extension PageWalk {
    /// The rule of outside lines in no chrome element.
    static let outsideBodyRule = "outside-body"

    /// The page's text outside the content roots (`isContentRoot`), within `OutsideBody.maxRecordedScalarsPerSide`;
    /// `rootEndLines[k]` is the body line count when root `k` ended, the place of text between roots `k` and `k + 1`.
    func outsideBody(rootEndLines: [Int], budget: Int = OutsideBody.maxRecordedScalarsPerSide) -> OutsideBody {
        var recorder = OutsideBodyRecorder(budget: budget)
        guard !stats.isEmpty, !rootEndLines.isEmpty else { return recorder.finish() }
        var line = LineBuffer()
        var rootsSeen = 0
        var chromeNode: Int?
        var chromeRule = Self.outsideBodyRule
        var preDepth = 0

        /// Ends the current paragraph and records it at the place the walk is at.
        func flush() {
            guard let text = line.take() else { return }
            let place: OutsideBodyPlace = rootsSeen == 0 ? .before : rootsSeen >= rootEndLines.count ? .after : .between
            recorder.add(text, place: place, beforeLine: place == .between ? rootEndLines[rootsSeen - 1] : nil,
                         element: chromeNode ?? -1, rule: chromeNode == nil ? Self.outsideBodyRule : chromeRule)
        }

        text.withUnsafeBufferPointer { arena in
            walk(0, enter: { event in
                if recorder.isFull { return .stop }
                switch event {
                case .text(let lo, let hi):
                    if preDepth > 0 {
                        var from = Int(lo)
                        while let used = line.appendPreformatted(UnsafeBufferPointer(rebasing: arena[from..<Int(hi)])) {
                            from += used
                            flush()
                        }
                    } else {
                        line.append(UnsafeBufferPointer(rebasing: arena[Int(lo)..<Int(hi)]), inLink: false)
                    }
                    return .skip
                case .start(let i):
                    let index = Int(i)
                    let s = stats[index]
                    switch s.kind {
                    case .head, .title, .meta: return .skip
                    default: break
                    }
                    if s.isContentRoot {
                        flush()
                        return .skip
                    }
                    if chromeNode == nil && s.isChrome {
                        flush()
                        chromeNode = index
                        chromeRule = s.chromeReason >= 0 ? "element " + reasons[Int(s.chromeReason)] : "element"
                    }
                    if s.kind.breaksParagraph { flush() }
                    if s.kind == .pre { preDepth += 1 }
                    return .descend
                case .end:
                    return .descend
                }
            }, exit: { index in
                let s = stats[index]
                if s.isContentRoot {
                    // A skipped root: the text after it stands after it.
                    rootsSeen += 1
                    return
                }
                if s.kind.breaksParagraph {
                    flush()
                } else if s.kind == .cell {
                    line.endCell()
                }
                if s.kind == .pre { preDepth -= 1 }
                if index == chromeNode {
                    flush()
                    chromeNode = nil
                }
            })
        }
        flush()
        return recorder.finish()
    }
}
