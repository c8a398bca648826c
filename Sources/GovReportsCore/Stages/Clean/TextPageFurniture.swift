/// Page furniture of a text extracted from a PDF: page-number lines that count up through the text (`— 3 —`, `- 3 -`,
/// `3/12`, `第 3 页 共 12 页`, a number alone on its line) and the running header printed right after each page break.
/// Geometry is gone in such a text, so a page number is known by its sequence: at least two lines of one style whose
/// numbers go up by one, each page a few lines long; a lone number line anywhere else stays body.
struct TextPageFurniture: Sendable {
    /// The rule recorded for a page-number line.
    static let pageNumberRule = "text-page-number"
    /// The rule recorded for a running header.
    static let runningHeaderRule = "text-running-header"
    /// The fewest page numbers in sequence that prove the text was paged (one number proves nothing).
    static let minimumPages = 2
    /// The fewest lines from one page number to the next (a table column of small numbers is denser).
    static let minimumPageLines = 4
    /// The most digits a page number has.
    static let maxDigits = 4
    /// The longest running header, in scalars (a sentence is body).
    static let maxHeaderScalars = 60

    /// How a page number is written.
    enum Style: Hashable, Sendable { case dashed, ofTotal, bare }

    /// The styles one sequence may mix: the marked forms together, bare numbers only with bare numbers.
    static let chainedStyles: [Set<Style>] = [[.dashed, .ofTotal], [.bare]]

    /// One page-number line: its index among the lines, its number and style.
    struct PageLine: Sendable { var index: Int; var number: Int; var style: Style }

    /// Marks page-number lines and running headers in `rules` (lines already marked keep their rule).
    static func mark(_ lines: [String], rules: inout [String?]) {
        let candidates = lines.indices.compactMap { i in pageNumber(lines[i]).map { PageLine(index: i, number: $0.number, style: $0.style) } }
        guard candidates.count >= minimumPages else { return }
        var breaks: [Int] = []
        // A marked number (dashed or of-total) is unmistakably a page number whatever its neighbours' form, so one
        // sequence may change form between pages (`— 1 —`, `第2页/共4页`, `·3·`); a bare number must keep company
        // with bare ones, since a column of small numbers looks the same.
        for styles in Self.chainedStyles {
            let ofStyle = candidates.filter { styles.contains($0.style) }
                .filter { $0.style != .bare || isolatedNumber($0.index, lines) }
            for chain in chains(ofStyle) where chain.count >= minimumPages {
                for page in chain {
                    if rules[page.index] == nil { rules[page.index] = pageNumberRule }
                    breaks.append(page.index)
                }
            }
        }
        guard breaks.count >= minimumPages else { return }
        // The first line after each break (past the break's other page-number lines) is the next page's top.
        let breakSet = Set(breaks)
        var tops: [String: [Int]] = [:]
        for b in breakSet {
            var j = b + 1
            while j < lines.count, breakSet.contains(j) || (rules[j] != nil && pageNumber(lines[j]) != nil) { j += 1 }
            guard j < lines.count, rules[j] == nil, lines[j].unicodeScalars.count <= maxHeaderScalars else { continue }
            let key = PdfFurniture.key(lines[j])
            if !key.isEmpty && !(tops[key]?.contains(j) ?? false) { tops[key, default: []].append(j) }
        }
        for (_, at) in tops where at.count >= minimumPages {
            for j in at where rules[j] == nil { rules[j] = runningHeaderRule }
        }
    }

    /// Runs of page lines whose numbers go up by one with at least `minimumPageLines` lines between them.
    static func chains(_ pages: [PageLine]) -> [[PageLine]] {
        var open: [[PageLine]] = []
        for page in pages {
            if let k = open.firstIndex(where: { $0.last!.number + 1 == page.number && page.index - $0.last!.index >= minimumPageLines }) {
                open[k].append(page)
            } else {
                open.append([page])
            }
        }
        return open
    }

    /// Whether a bare number line has no bare number line next to it (a table flattened one cell a line has).
    static func isolatedNumber(_ index: Int, _ lines: [String]) -> Bool {
        for j in [index - 1, index + 1] where j >= 0 && j < lines.count {
            if let p = pageNumber(lines[j]), p.style == .bare { return false }
        }
        return true
    }

    /// 第, 页 and 共 of the pager form `第 3 页 共 12 页`.
    static let pagerOpen: UInt32 = 0x7B2C, pagerPage: UInt32 = 0x9875, pagerTotal: UInt32 = 0x5171
    /// Separators between the pager form's two parts (`/`, `／`, `，`, `,`).
    static let pagerSeparators: [UInt32] = [0x2F, 0xFF0F, 0xFF0C, 0x2C]
    /// The slashes of the `3/12` form.
    static let slashes: [UInt32] = [0x2F, 0xFF0F]

    /// Dash-like marks around a page number (`— 3 —`, `- 3 -`, `－3－`), and the dots some layouts use (`·3·`, `• 3 •`).
    static let dashes: Set<UInt32> = [0x2D, 0xFF0D, 0x2014, 0x2013, 0x2012, 0x2015, 0x2212, 0x7E, 0xFF5E, 0xB7, 0x30FB, 0x2022]

    /// The page number a whole line states, and how it is written; nil for any other line.
    static func pageNumber(_ line: String) -> (number: Int, style: Style)? {
        let scalars = Array(line.unicodeScalars.map(\.value).filter { $0 != 0x20 && $0 != 0x3000 && $0 != 0x09 })
        guard !scalars.isEmpty, scalars.count <= PdfFurniture.pageNumberMaxScalars else { return nil }
        var i = 0
        func digits() -> Int? {
            var n = 0, count = 0
            while i < scalars.count, let d = digit(scalars[i]) { n = n * 10 + d; count += 1; i += 1 }
            return count > 0 && count <= maxDigits ? n : nil
        }
        // 第 3 页 (共 12 页): the pager form.
        if scalars[0] == pagerOpen {
            i = 1
            guard let n = digits(), i < scalars.count, scalars[i] == pagerPage else { return nil }
            i += 1
            if i < scalars.count {
                while i < scalars.count, pagerSeparators.contains(scalars[i]) { i += 1 }
                guard i < scalars.count, scalars[i] == pagerTotal else { return nil }
                i += 1
                guard digits() != nil, i + 1 == scalars.count, scalars[i] == pagerPage else { return nil }
            }
            return (n, .ofTotal)
        }
        var lead = 0
        while i < scalars.count, dashes.contains(scalars[i]) { i += 1; lead += 1 }
        guard let n = digits() else { return nil }
        if lead > 0 {
            var trail = 0
            while i < scalars.count, dashes.contains(scalars[i]) { i += 1; trail += 1 }
            return trail > 0 && i == scalars.count ? (n, .dashed) : nil
        }
        if i == scalars.count { return (n, .bare) }
        // 3/12: page 3 of 12.
        if slashes.contains(scalars[i]) {
            i += 1
            guard let total = digits(), i == scalars.count, total >= n else { return nil }
            return (n, .ofTotal)
        }
        return nil
    }

    /// The value of an ASCII or full-width digit.
    static func digit(_ s: UInt32) -> Int? {
        if s >= 0x30 && s <= 0x39 { return Int(s - 0x30) }
        if s >= 0xFF10 && s <= 0xFF19 { return Int(s - 0xFF10) }
        return nil
    }
}
