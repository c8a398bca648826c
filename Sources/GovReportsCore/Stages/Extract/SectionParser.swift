/// Builds the heading tree (第一部分 / 一、 / (一) / 1. / 一是) of a normalized report and labels standard parts.
///
/// Levels 0–3 are recognized only at the start of a line. `一是` enumerations (level 4) are recognized at the
/// start of a line or right after sentence punctuation (`。;:!?`), never after a comma. Each marker must continue
/// its sibling sequence (1, then 2, …) under the same parent or the marker is read as body text; only level-4
/// enumerations may restart at 一 under the same parent.
public struct SectionParser: Sendable {
    /// Part keywords and punctuation.
    public let rules: SectionRules
    /// Scalars after which `一是` may start a section.
    private let inlineAfter: ScalarSet
    /// Scalars that end a title.
    private let titleEnds: ScalarSet
    /// Words after `第一` that make a level-0 heading, as scalars, longest first.
    private let partMarkers: [[Unicode.Scalar]]

    /// Creates a parser over the given rules.
    public init(rules: SectionRules) {
        self.rules = rules
        inlineAfter = ScalarSet(rules.inlineEnumerationAfter.unicodeScalars)
        titleEnds = ScalarSet(rules.headingTitleEnds.unicodeScalars)
        partMarkers = (rules.partMarkers ?? []).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// A parser over the bundled rules.
    public static func bundled() throws -> SectionParser { SectionParser(rules: try SectionRules.bundled()) }


    /// Returns the sections in document order with offsets into `text` (Unicode scalars).
    public func parse(_ text: String) -> [SectionRecord] {
        parse(scalars: Array(text.unicodeScalars))
    }

    /// The same over the text's scalars, which the caller already holds. The rules read `a` (the rule view, full-width
    /// punctuation folded); markers and titles are cut from `written` (the text as written, same offsets) when given.
    /// Lines starting at an offset in `tableRows` are table rows (`一、本年新收 …`), never headings.
    public func parse(scalars a: [Unicode.Scalar], written: [Unicode.Scalar]? = nil,
                      tableRows: Set<Int> = []) -> [SectionRecord] {
        let w = written ?? a
        var out: [SectionRecord] = []
        var stack: [OpenSection] = []
        // Last ordinal per (parent path, level).
        var lastOrdinal: [String: Int] = [:]
        // Last ordinal per level, whatever the parent.
        var lastAtLevel: [Int: Int] = [:]
        for line in TextLine.lines(in: a) where tableRows.isEmpty || !tableRows.contains(line.start) {
            for c in candidates(a, line) {
                var depth = stack.count
                while depth > 0, stack[depth - 1].level >= c.level { depth -= 1 }
                let parentPath = depth > 0 ? out[stack[depth - 1].index].path : nil
                let key = "\(parentPath ?? "")#\(c.level)"
                let previous = lastOrdinal[key]
                // Some reports number (一)(二) under 一、 and go on with (三) under 二、: a first child may also
                // continue the last sequence of its level.
                let fits = previous.map { c.ordinal == $0 + 1 || (c.level == 4 && c.ordinal == 1) }
                    ?? (c.ordinal == 1 || (c.level < 4 && lastAtLevel[c.level].map { c.ordinal == $0 + 1 } ?? false))
                guard fits else { continue }
                for open in stack[depth...] { out[open.index].charEnd = c.start }
                stack.removeSubrange(depth...)
                lastOrdinal[key] = c.ordinal
                lastAtLevel[c.level] = c.ordinal
                let path = parentPath.map { "\($0)/\(c.token)" } ?? c.token
                let title = title(a, w, c, line)
                let part = depth > 0 ? out[stack[0].index].part : rules.part(forTitle: title)
                out.append(SectionRecord(path: path, level: c.level, marker: ScalarString.make(w[c.start..<c.markerEnd]),
                                         title: title, parent: parentPath, part: part,
                                         charStart: c.start, charEnd: a.count))
                stack.append(OpenSection(index: out.count - 1, level: c.level))
            }
        }
        for open in stack { out[open.index].charEnd = a.count }
        return out
    }

    /// Heading title: from the marker to the first sentence end or the line end, capped in length.
    private func title(_ a: [Unicode.Scalar], _ w: [Unicode.Scalar], _ c: HeadingCandidate, _ line: TextLine) -> String {
        var s = c.markerEnd
        while s < line.end, TextLine.isBlank(a[s]) { s += 1 }
        var e = s
        while e < line.end, !titleEnds.contains(a[e]), e - s < rules.maxTitleLength { e += 1 }
        while e > s, TextLine.isBlank(a[e - 1]) || a[e - 1] == ":" || a[e - 1] == "," { e -= 1 }
        return ScalarString.make(w[s..<e])
    }

    /// Markers in one line: a line-start marker of any level, then inline `一是` after sentence punctuation.
    private func candidates(_ a: [Unicode.Scalar], _ line: TextLine) -> [HeadingCandidate] {
        var out: [HeadingCandidate] = []
        if let c = lineStartMarker(a, line) { out.append(c) }
        var p = out.last?.markerEnd ?? line.start
        while p < line.end {
            if p > line.start, inlineAfter.contains(a[p - 1]), let c = enumerationMarker(a, at: p, end: line.end) {
                out.append(c)
                p = c.markerEnd
                continue
            }
            p += 1
        }
        return out
    }

    /// `第一部分` (0), `一、` (1), `(一)`/`(一)、` (2), `1.`/`1、` (3) or `一是` (4) at the start of a line.
    private func lineStartMarker(_ a: [Unicode.Scalar], _ line: TextLine) -> HeadingCandidate? {
        let s = line.start, end = line.end
        if let part = partMarker(a, line) { return part }
        if let (n, len) = HanNumeral.parseSmall(a, at: s, limit: end), s + len < end {
            let next = a[s + len]
            if next == "、" || (next == "." && s + len + 1 < end) {
                return HeadingCandidate(level: 1, ordinal: n, start: s, markerEnd: s + len + 1,
                                        token: ScalarString.make(a[s..<(s + len)]))
            }
            if next == "是" { return enumerationMarker(a, at: s, end: end) }
            return nil
        }
        // Full-width brackets are folded by normalize; accept them anyway for text that skipped it.
        if a[s] == "(" || a[s] == "（", let (n, len) = HanNumeral.parseSmall(a, at: s + 1, limit: end), s + 1 + len < end,
           a[s + 1 + len] == ")" || a[s + 1 + len] == "）" {
            var e = s + 2 + len
            if e < end, a[e] == "、" { e += 1 }
            return HeadingCandidate(level: 2, ordinal: n, start: s, markerEnd: e,
                                    token: "(" + ScalarString.make(a[(s + 1)..<(s + 1 + len)]) + ")")
        }
        var j = s
        var value = 0
        while j < end, j - s < 2, let d = HanNumeral.ascii(a[j]) { value = value * 10 + d; j += 1 }
        guard j > s, j + 1 < end, value > 0 else { return nil }
        // `1.5万` is a number, not a heading: the dot must not be followed by a digit.
        if a[j] == "、" || (a[j] == "." && HanNumeral.ascii(a[j + 1]) == nil) {
            return HeadingCandidate(level: 3, ordinal: value, start: s, markerEnd: j + 1, token: String(value))
        }
        return nil
    }

    /// `第一部分`, `第二章` at the start of a line, followed by the line's end, a blank or a separator (not by more
    /// words: `第一章规定…` is a sentence).
    private func partMarker(_ a: [Unicode.Scalar], _ line: TextLine) -> HeadingCandidate? {
        let s = line.start, end = line.end
        guard a[s] == "第", let (n, len) = HanNumeral.parseSmall(a, at: s + 1, limit: end) else { return nil }
        let after = s + 1 + len
        guard let word = partMarkers.first(where: { AgencyFinder.has($0, in: a, at: after, end: end) }) else { return nil }
        var e = after + word.count
        guard e == end || TextLine.isBlank(a[e]) || "、:：.".unicodeScalars.contains(a[e]) else { return nil }
        if e < end, !TextLine.isBlank(a[e]) { e += 1 }
        return HeadingCandidate(level: 0, ordinal: n, start: s, markerEnd: e, token: ScalarString.make(a[s..<(after + word.count)]))
    }

    /// `一是` … `十是` at `p`.
    private func enumerationMarker(_ a: [Unicode.Scalar], at p: Int, end: Int) -> HeadingCandidate? {
        guard let (n, len) = HanNumeral.parseSmall(a, at: p, limit: end), p + len < end, a[p + len] == "是" else { return nil }
        let token = ScalarString.make(a[p...(p + len)])
        return HeadingCandidate(level: 4, ordinal: n, start: p, markerEnd: p + len + 1, token: token)
    }
}
