/// Attachment lists beside the body: many templates put the document's `附件：` file list in its own box after the
/// editor box, full of links, so neither the container nor the density choice takes it and the attachments were
/// lost without a word. A box that follows the body and holds nothing but attached file names (and a short label)
/// is body too, and so is a box that holds only the signature (`holdsSignature`).
extension PageWalk {
    /// Longest line, in Unicode scalars, that may stand in an attachment box without naming a file (`附件：`,
    /// `附件下载：`, `相关附件`).
    static let maxAttachmentLabel = 8
    /// How many ancestors of the body's last root are searched for a following attachment box (a file list may
    /// sit after the editor box's wrapper rather than right after the box).
    static let maxAttachmentClimb = 3

    /// The elements after the last of `roots` that are attachment or signature boxes (`listsAttachments`,
    /// `holdsSignature`, `signatureRun`): at the last root's
    /// level and, when nothing follows there, at up to `maxAttachmentClimb` of its ancestors' levels; the search
    /// stops at the first following element with text that is no attachment box.
    func attachmentBoxes(after roots: [Int]) -> [Int] {
        guard var node = roots.max() else { return [] }
        var found: [Int] = []
        for _ in 0...Self.maxAttachmentClimb {
            let parent = Int(stats[node].parent)
            guard parent >= 0, stats[parent].kind != .body else { break }
            var next = Int(stats[node].lastDescendant) + 1
            let end = Int(stats[parent].lastDescendant)
            while next <= end {
                // A box without text (a spacer, an image, a script) neither counts nor ends the run.
                if stats[next].weight > 0 {
                    guard !stats[next].isChrome else { return found }
                    if listsAttachments(next) || holdsSignature(next) {
                        found.append(next)
                    } else if let run = signatureRun(from: next, end: end), let last = run.last {
                        // A signature written a box a line (`<p>某局</p><p>2024年…</p>`).
                        found += run
                        next = Int(stats[last].lastDescendant) + 1
                        continue
                    } else {
                        return found
                    }
                }
                next = Int(stats[next].lastDescendant) + 1
            }
            // Something followed at this level: the body's surroundings start there, do not climb past them.
            if !found.isEmpty { break }
            node = parent
        }
        return found
    }

    /// Labels that head a list of the document's attachments (`附件：`); after one, link lines are attachments
    /// even when their text names no file (`1.申报表`: only the link's target, which the walk does not see, does).
    static let attachmentLabels: Set<String> = ["附件", "附件下载", "附件列表", "下载附件", "相关附件", "附件清单"]

    /// Whether element `root`'s lines all name attached files (`AttachmentName`) or are short labels, with at
    /// least one file; or whether it opens with an attachment label (`attachmentLabels`) and every other line
    /// is one link.
    func listsAttachments(_ root: Int) -> Bool {
        var files = 0
        var other = false
        var lines = 0
        var labelled = false
        var linkLines = 0
        // The first line may be the box's label; later ones count as file names, link lines or other text.
        forEachBoxLine(root) { text, _, allLinks in
            lines += 1
            if lines == 1 {
                var label = Substring(text)
                while let last = label.last, last == "：" || last == ":" || last == " " { label = label.dropLast() }
                labelled = Self.attachmentLabels.contains(String(label))
                if labelled { return true }
            }
            if allLinks { linkLines += 1 }
            if AttachmentName.namesFile(text) {
                files += 1
            } else if TextScan.scalarCount(text, exceeds: Self.maxAttachmentLabel) && !(labelled && allLinks) {
                other = true
            }
            return !other
        }
        return !other && (files > 0 || (labelled && linkLines > 0))
    }

    /// Walks element `root`'s text a line at a time (an element that breaks paragraphs ends a line; head, title,
    /// meta and dropped elements are passed over), handing `take` each line with whether any and whether all of it
    /// was link text; the walk stops once `take` returns false.
    func forEachBoxLine(_ root: Int, _ take: (_ text: String, _ anyLink: Bool, _ allLinks: Bool) -> Bool) {
        var line = LineBuffer()
        var linkDepth = 0
        var stopped = false
        /// Ends the line being read.
        func flush() {
            guard !stopped else { return }
            let anyLink = line.linkBytes > 0
            let allLinks = line.isAllLinks
            guard let text = line.take() else { return }
            if !take(text, anyLink, allLinks) { stopped = true }
        }
        text.withUnsafeBufferPointer { arena in
            walk(root, enter: { event in
                if stopped { return .stop }
                switch event {
                case .text(let lo, let hi):
                    line.append(UnsafeBufferPointer(rebasing: arena[Int(lo)..<Int(hi)]), inLink: linkDepth > 0)
                    return .skip
                case .start(let i):
                    switch stats[Int(i)].kind {
                    case .head, .title, .meta, .drop: return .skip
                    default: break
                    }
                    if stats[Int(i)].kind.breaksParagraph { flush() }
                    if stats[Int(i)].kind == .link { linkDepth += 1 }
                    return .descend
                case .end:
                    return .descend
                }
            }, exit: { index in
                if stats[index].kind.breaksParagraph { flush() }
                if stats[index].kind == .link { linkDepth -= 1 }
            })
        }
        flush()
    }
}
