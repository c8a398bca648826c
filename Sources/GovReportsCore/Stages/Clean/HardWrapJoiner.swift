/// Joins the hard-wrapped lines of a text extracted from a PDF back into paragraphs, so a number, a unit or a trigger
/// broken by the wrap (`办理案件1,2⏎34件`, `3,460万⏎元`, `行政复⏎议`) is read whole. A text is hard-wrapped when most of
/// its prose lines share one width and end mid-sentence; only such a line joins the next, and never when the next
/// opens a paragraph (indented), a list item or heading (`（二）`, `2.`), or either is a table row (column gaps).
/// Where a wrap that may split a number is left unjoined, the places are reported (`text-wrap-unjoined`).
struct HardWrapJoiner: Sendable {
    /// The fewest mid-sentence full lines that prove the text was wrapped at one width.
    static let minimumWrappedLines = 3
    /// The least share of the full lines that end mid-sentence in a wrapped text (a paragraph-per-line text's
    /// lines end at a sentence mark).
    static let minimumWrappedShare = 0.3
    /// A line is full when at least this share of the wrap width (the digits of a PDF line are narrower than its
    /// ideographs, so a line with many digits holds more scalars in the same width).
    static let fullShare = 0.7
    /// The quantile of the prose line widths taken as the wrap width.
    static let widthQuantile = 0.75
    /// The widest wrap width, in half-width columns: a wider typical line is a paragraph, not a printed line.
    static let maximumWrapWidth = 120
    /// Lines narrower than this, in half-width columns, say nothing about a wrap width (headings, numbers).
    static let minimumProseWidth = 20
    /// The widest paragraph indent, in half-width columns (two ideographic spaces); a wider one is a centred or
    /// right-aligned line (a title, a signature).
    static let maximumParagraphIndent = 4
    /// The fewest indented lines that show the text marks paragraphs by indent.
    static let minimumIndentedLines = 2
    /// Rules of the removed lines a join may pass over (the page furniture between the halves of a sentence).
    /// (`pager` is chrome.json's rule for a `第 2 页` line.)
    static let passableRules: Set<String> = [TextPageFurniture.pageNumberRule, TextPageFurniture.runningHeaderRule, "pager"]
    /// Marks that end a sentence or a lead-in (`如下：`), after which a line never continues.
    static let terminalMarks: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "!", "?", ";", ":", "…"]
    /// Closing marks looked past when reading a line's last mark (`……。”`).
    static let closingMarks: Set<Unicode.Scalar> = ["”", "’", "」", "』", "\"", "'"]
    /// Scalars at a line's end after which a number may continue on the next line (`1,2⏎34`, `12.⏎5`, `3,460万⏎元`).
    static let numberTail: Set<Unicode.Scalar> = [",", ".", "，", "．", "万", "亿", "千", "百"]

    /// What joining gives: the body lines and, for each kept line, the index of the body line it went into.
    struct Result: Sendable, Equatable {
        /// The body lines, wrapped lines joined.
        var lines: [String]
        /// For each input kept line, the body line holding it.
        var lineOf: [Int]
        /// How many wraps were joined.
        var joins: Int
        /// Unjoined wraps that may split a number: the two sides, `…2,0⏎15件…`.
        var unjoined: [String]
    }

    /// One kept source line as the joiner sees it.
    struct Line: Sendable {
        /// The line as written (leading blanks kept: the indent).
        var written: Substring
        /// Its body text (trimmed, maybe unmarked).
        var body: String
        /// Whether a blank line follows it in the source.
        var blankAfter: Bool
        /// Whether only passable furniture (or nothing) was removed between it and the next kept line.
        var passableAfter: Bool
    }

    /// Joins `body` (the kept lines, in order) where the text is hard-wrapped. `written` are all the non-blank
    /// source lines, `kept` says which were kept (their count equals `body.count`), `removedRules` gives the rule of
    /// each removed line in order, and `blankAfter` whether a blank line follows each written line.
    static func join(body: [String], written: [Substring], kept: [Bool], removedRules: [String],
                     blankAfter: [Bool]) -> Result {
        var lines: [Line] = []
        lines.reserveCapacity(body.count)
        var removedIndex = 0
        var passable = true
        for (i, isKept) in kept.enumerated() {
            if isKept {
                if let last = lines.indices.last { lines[last].passableAfter = passable }
                guard lines.count < body.count else { break }
                lines.append(Line(written: written[i], body: body[lines.count], blankAfter: blankAfter[i], passableAfter: true))
                passable = true
            } else {
                let rule = removedIndex < removedRules.count ? removedRules[removedIndex] : ""
                removedIndex += 1
                if !passableRules.contains(rule) { passable = false }
            }
        }
        let identity = Result(lines: body, lineOf: Array(body.indices), joins: 0, unjoined: [])
        guard lines.count == body.count, lines.count > 1 else { return identity }
        return join(lines) ?? identity
    }

    /// Joins `lines`, or nil when the text is not hard-wrapped.
    static func join(_ lines: [Line]) -> Result? {
        let indents = lines.map { indent($0.written) }
        // A printed line's width includes its indent: an indented opening line is as full as the lines below it.
        let widths = lines.indices.map { width(lines[$0].body) + indents[$0] }
        let prose = lines.indices.filter {
            widths[$0] >= minimumProseWidth && indents[$0] <= maximumParagraphIndent && !isTableRow(lines[$0].body)
        }
        guard prose.count > minimumWrappedLines else { return nil }
        let sorted = prose.map { widths[$0] }.sorted()
        let wrapWidth = sorted[min(sorted.count - 1, Int(Double(sorted.count) * widthQuantile))]
        guard wrapWidth <= maximumWrapWidth else { return nil }
        let full = prose.filter { Double(widths[$0]) >= fullShare * Double(wrapWidth) }
        // The evidence is the wraps themselves: full lines ending mid-sentence that a plain line continues.
        let fullSet = Set(full)
        let midSentence = full.filter {
            $0 + 1 < lines.count && !endsSentence(lines[$0].body) && !isHeading(lines[$0].body)
                && indents[$0 + 1] == 0 && !ListMarker.starts(lines[$0 + 1].body) && !isTableRow(lines[$0 + 1].body)
                && (fullSet.contains($0 + 1) || endsSentence(lines[$0 + 1].body))
        }
        guard midSentence.count >= minimumWrappedLines,
              Double(midSentence.count) >= minimumWrappedShare * Double(full.count) else { return nil }
        let indented = lines.indices.filter { indents[$0] > 0 && indents[$0] <= maximumParagraphIndent }.count
        let marksParagraphs = indented >= minimumIndentedLines
        var out: [String] = []
        var lineOf: [Int] = []
        var joins = 0
        var unjoined: [String] = []
        // Whether the current body line is a paragraph in progress (an indented opening or a continuation).
        var inParagraph = false
        for (i, line) in lines.enumerated() {
            let continues = i > 0 && joinsNext(i - 1, lines, fullSet: fullSet, indents: indents,
                                                   marksParagraphs: marksParagraphs, inParagraph: inParagraph)
            if continues {
                out[out.count - 1] += line.body
                joins += 1
            } else {
                if i > 0, mayContinueNumber(lines[i - 1].body, line.body), !endsSentence(lines[i - 1].body),
                   fullSet.contains(i - 1) {
                    unjoined.append("\(String(lines[i - 1].body.unicodeScalars.suffix(6)))⏎\(String(line.body.unicodeScalars.prefix(6)))")
                }
                out.append(line.body)
                inParagraph = indents[i] > 0 && indents[i] <= maximumParagraphIndent
            }
            if continues { inParagraph = true }
            lineOf.append(out.count - 1)
        }
        return Result(lines: out, lineOf: lineOf, joins: joins, unjoined: unjoined)
    }

    /// Whether line `i` runs on into line `i + 1`.
    static func joinsNext(_ i: Int, _ lines: [Line], fullSet: Set<Int>, indents: [Int], marksParagraphs: Bool,
                          inParagraph: Bool) -> Bool {
        let line = lines[i], next = lines[i + 1]
        guard fullSet.contains(i), !line.blankAfter, line.passableAfter, !endsSentence(line.body),
              !isHeading(line.body), !isTableRow(line.body) else { return false }
        // The next line opens a paragraph, an item or a heading, or is a table row or a centred line.
        guard indents[i + 1] == 0, !ListMarker.starts(next.body), !isTableRow(next.body) else { return false }
        // A continuation runs on (full) or ends its sentence; a short line without a mark is a cell, a name, a date.
        guard fullSet.contains(i + 1) || endsSentence(next.body) else { return false }
        // Where paragraphs are indented, a flush line that is not a paragraph's continuation stands alone (a title).
        if marksParagraphs && !inParagraph { return false }
        if !marksParagraphs && i == 0 { return false }
        return true
    }

    /// Whether a wrap between `left` and `right` may split a number or its unit.
    static func mayContinueNumber(_ left: String, _ right: String) -> Bool {
        guard let last = left.unicodeScalars.last, let first = right.unicodeScalars.first else { return false }
        // A number's first half at the line's end; a line starting with digits after a trigger is no split value.
        let digitEnd = isDigit(last) || (numberTail.contains(last) && left.unicodeScalars.dropLast().last.map(isDigit) == true)
        return digitEnd && !TextScan.isBlank(first)
    }

    /// Whether a scalar is an ASCII or full-width digit.
    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || ("０"..."９").contains(s) }

    /// Whether `line` ends a sentence (its last mark, past closing quotes, is terminal).
    static func endsSentence(_ line: String) -> Bool {
        for s in line.unicodeScalars.reversed() where !closingMarks.contains(s) && !TextScan.isBlank(s) {
            return terminalMarks.contains(s)
        }
        return true
    }

    /// Whether `line` is a heading: a list marker and no punctuation after it (`二、主动公开政府信息情况`); a numbered
    /// paragraph (`（一）深化改革。全区…`) has some.
    static func isHeading(_ line: String) -> Bool {
        guard ListMarker.starts(line) else { return false }
        var seenText = false
        for s in line.unicodeScalars {
            if !seenText { if s == "、" || s == "）" || s == ")" || s == "." || s == "．" { seenText = true }; continue }
            if headingBreakers.contains(s) { return false }
        }
        return true
    }

    /// Punctuation a heading line does not hold past its marker.
    static let headingBreakers: Set<Unicode.Scalar> = ["，", "。", "；", "：", "、", ",", ";", ":", "？", "！"]

    /// Whether `line` is a table row: a column gap (two blanks, an ideographic space, a tab) or a cell bar inside it.
    static func isTableRow(_ line: String) -> Bool {
        var blanks = 0
        // Digit groups split by single spaces (`5 2 0 1`): a row of figures flattened from a table.
        var spacedDigits = 0
        var previous: Unicode.Scalar = "\n", beforeBlank: Unicode.Scalar = "\n"
        for s in line.unicodeScalars {
            if s == "|" || s == "｜" || s == "\t" || s == "\u{3000}" { return true }
            if s == " " {
                blanks += 1
                if blanks >= 2 { return true }
                beforeBlank = previous
            } else {
                if blanks == 1 && isDigit(s) && isDigit(beforeBlank) { spacedDigits += 1; if spacedDigits >= 2 { return true } }
                blanks = 0
            }
            previous = s
        }
        return false
    }

    /// A line's width in half-width columns: an ideograph or full-width form takes two, ASCII one.
    static func width(_ line: String) -> Int {
        var w = 0
        for s in line.unicodeScalars { w += s.value < 0x2E80 ? 1 : 2 }
        return w
    }

    /// A written line's leading indent in half-width columns.
    static func indent(_ written: Substring) -> Int {
        var w = 0
        for s in written.unicodeScalars {
            guard TextScan.isBlank(s) else { break }
            w += s == "\u{3000}" ? 2 : (s == "\t" ? 4 : 1)
        }
        return w
    }

    /// For each non-blank line of `all`, whether a blank line follows it.
    static func blankAfter(_ all: [Substring]) -> [Bool] {
        var result: [Bool] = []
        for (i, line) in all.enumerated() where line.unicodeScalars.contains(where: { !TextScan.isBlank($0) }) {
            let next = i + 1 < all.count ? all[i + 1] : nil
            result.append(next.map { !$0.unicodeScalars.contains(where: { !TextScan.isBlank($0) }) } ?? false)
        }
        return result
    }
}
