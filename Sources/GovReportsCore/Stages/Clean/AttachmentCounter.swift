/// A download, click or view counter that a CMS prints after an attached file's name (`（下载次数：57）`,
/// `[点击数：118]`, `【浏览次数:46】`, `（已下载23次）`, `下载次数：5`): the site's tally, not the document's. The
/// counter is cut from the line and the file's name kept, as the attachment list is part of the body
/// (`AttachmentName`). Anything short of the whole shape (a counter word, an optional noun, a separator, digits, an
/// optional 次) after a file name is left as it stands.
enum AttachmentCounter {
    /// The rule id a cut counter is recorded under among the removed lines.
    static let rule = "attachment-counter"
    /// Verbs a counter is named by (`下载`, `点击`, `浏览` …), each two scalars.
    static let verbs: [[Unicode.Scalar]] = ["下载", "点击", "浏览", "阅读", "访问", "查看"].map { Array($0.unicodeScalars) }
    /// Nouns that may follow the verb (`下载次数`, `点击量`, `浏览人次`), longest first so that `次数` wins over `数`.
    static let nouns: [[Unicode.Scalar]] = ["人次", "次数", "数", "量"].map { Array($0.unicodeScalars) }
    /// Words that may open the counter before the verb (`已下载`, `共浏览`).
    static let openers: [[Unicode.Scalar]] = ["累计", "已", "共"].map { Array($0.unicodeScalars) }
    /// Separators between the counter's name and its number.
    static let separators: Set<Unicode.Scalar> = [":", "：", " ", "\u{3000}"]
    /// Units after the number (`23次`).
    static let units: Set<Unicode.Scalar> = ["次"]
    /// Opening brackets a bracketed counter stands in.
    static let opening: Set<Unicode.Scalar> = ["(", "（", "[", "【", "〔", "［"]
    /// Closing brackets, matched by position with `opening`'s kinds only loosely: any closing bracket ends a note.
    static let closing: Set<Unicode.Scalar> = [")", "）", "]", "】", "〕", "］"]
    /// Separators before a counter that ends a longer note (`（大小：26KB，下载次数：15）`); blanks alone separate too.
    static let clauseSeparators: Set<Unicode.Scalar> = ["，", ",", "、", "；", ";", "|", "｜", "/"]
    /// Longest note, counter included, whose last clause is cut (scalars): as far as `AttachmentName` looks past.
    static var maxNote: Int { AttachmentName.maxTrailingNote }
    /// Most digits a counter's number has.
    static let maxDigits = 9

    /// `line` without its trailing counter and the counter as written, when `line` is an attached file's name (by
    /// `AttachmentName`) followed by a counter; nil when it is not, and then the line stays as it is.
    static func cut(_ line: String) -> (kept: String, counter: String)? {
        // Most lines end in no digit and no bracket: they are let go before any copy is made.
        guard let last = line.unicodeScalars.last, closing.contains(last) || isDigit(last) || units.contains(last),
              line.utf8.contains(UInt8(ascii: ".")) else {
            return nil
        }
        let scalars = Array(line.unicodeScalars)
        var end = scalars.count
        var bracketed = false
        if closing.contains(scalars[end - 1]) {
            end -= 1
            bracketed = true
        }
        guard let start = counterStart(scalars, end: end) else { return nil }
        var cut = start
        if bracketed {
            // What stands before the counter inside its brackets: nothing (`（下载次数：57）`), or the note's other
            // clauses after a separator (`（大小：26KB，下载次数：15）`), whose text stays.
            var j = cut
            while j > 0, TextScan.isBlank(scalars[j - 1]) { j -= 1 }
            if j > 0, clauseSeparators.contains(scalars[j - 1]) {
                j -= 1
                while j > 0, TextScan.isBlank(scalars[j - 1]) { j -= 1 }
            }
            guard j > 0 else { return nil }
            if opening.contains(scalars[j - 1]) {
                cut = j - 1
            } else {
                guard j < cut, noteOpens(scalars, before: j) else { return nil }
                var kept = String.UnicodeScalarView()
                kept.append(contentsOf: scalars[..<j])
                kept.append(scalars[scalars.count - 1])
                let keptLine = String(kept)
                guard AttachmentName.namesFile(keptLine) else { return nil }
                var counter = String.UnicodeScalarView()
                counter.append(contentsOf: scalars[j..<(scalars.count - 1)])
                return (keptLine, String(counter))
            }
        } else {
            // An unbracketed counter stands apart from the name: after a space, or right after the extension.
            guard cut > 0 else { return nil }
        }
        var keptEnd = cut
        while keptEnd > 0, TextScan.isBlank(scalars[keptEnd - 1]) { keptEnd -= 1 }
        guard keptEnd > 0 else { return nil }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[..<keptEnd])
        let keptLine = String(kept)
        guard AttachmentName.namesFile(keptLine) else { return nil }
        var counter = String.UnicodeScalarView()
        counter.append(contentsOf: scalars[cut...])
        return (keptLine, String(counter))
    }

    /// How many kept lines a `chrome-like-line-kept` note quotes.
    static let quoted = 3

    /// Whether `line` names an attached file and its trailing note still holds a counter's word
    /// (`（2MB，本月下载5次，累计9）`): a counter `cut` could not take apart, so the line was kept whole.
    static func holdsUncutCounter(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last, closing.contains(last) || isDigit(last) || units.contains(last),
              line.utf8.contains(UInt8(ascii: ".")), AttachmentName.namesFile(line) else { return false }
        let tail = Array(line.unicodeScalars.suffix(2 * maxNote))
        return verbs.contains { verb in
            tail.count >= verb.count && (0...(tail.count - verb.count)).contains { tail[$0..<($0 + verb.count)].elementsEqual(verb) }
        }
    }

    /// A `chrome-like-line-kept` note naming the attachment lines kept with a counter in them, or nil when none.
    static func keptDiagnostic(_ lines: [String]) -> Diagnostic? {
        let kept = lines.filter(holdsUncutCounter)
        guard !kept.isEmpty else { return nil }
        let shown = kept.prefix(quoted).map { "「\($0)」" }.joined(separator: " ")
        return Diagnostic(.chromeLikeLineKept, stage: .clean, severity: .info,
                          "kept \(kept.count) attachment line(s) whole whose note holds a download/view counter it could not be cut from: \(shown)")
    }

    /// Where the counter that ends at `end` starts (its opener or verb), or nil when `scalars[..<end]` does not end
    /// with one: (opener) verb (noun) (separator) digits (次), read backwards.
    static func counterStart(_ scalars: [Unicode.Scalar], end: Int) -> Int? {
        var i = end
        while i > 0, TextScan.isBlank(scalars[i - 1]) { i -= 1 }
        if i > 0, units.contains(scalars[i - 1]) { i -= 1 }
        while i > 0, TextScan.isBlank(scalars[i - 1]) { i -= 1 }
        let digitsEnd = i
        while i > 0, isDigit(scalars[i - 1]) { i -= 1 }
        guard i < digitsEnd, digitsEnd - i <= maxDigits else { return nil }
        while i > 0, separators.contains(scalars[i - 1]) { i -= 1 }
        for noun in nouns where ends(scalars, at: i, with: noun) {
            i -= noun.count
            break
        }
        guard let verb = verbs.first(where: { ends(scalars, at: i, with: $0) }) else { return nil }
        i -= verb.count
        if let opener = openers.first(where: { ends(scalars, at: i, with: $0) }) { i -= opener.count }
        return i
    }

    /// Whether an opening bracket stands within `maxNote` scalars before `end`, with no closing bracket between:
    /// the clause before the counter is inside the same note.
    private static func noteOpens(_ scalars: [Unicode.Scalar], before end: Int) -> Bool {
        var i = end
        while i > 0 && end - i <= maxNote {
            i -= 1
            if closing.contains(scalars[i]) { return false }
            if opening.contains(scalars[i]) { return true }
        }
        return false
    }

    /// Whether `scalars[..<end]` ends with `word`.
    private static func ends(_ scalars: [Unicode.Scalar], at end: Int, with word: [Unicode.Scalar]) -> Bool {
        end >= word.count && scalars[(end - word.count)..<end].elementsEqual(word)
    }

    /// Whether an ASCII or full-width digit.
    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0xFF10 && s.value <= 0xFF19)
    }
}
