/// Finds a PDF's page furniture: running headers and footers (lines at a page's top or bottom that recur, digits
/// aside, on most pages; the corpus template learner's rule applied to the pages of one file) and page numbers.
struct PdfFurniture: Sendable {
    /// How many lines at each end of a page are looked at.
    static let edgeLines = 2
    /// The share of text pages a line must recur on to be a running header or footer.
    static let recurringShare = 0.5
    /// The fewest pages a line must recur on (one page proves nothing).
    static let minimumPages = 2
    /// The longest text a page number line can be (`第 12 页 共 30 页`).
    static let pageNumberMaxScalars = 20
    /// The rule recorded for a running header or footer.
    static let headerRule = "pdf-running-header"
    /// The rule recorded for a page number.
    static let pageNumberRule = "pdf-page-number"

    /// `pages` with their furniture lines marked (`PdfLine.furniture`).
    func mark(_ pages: [PdfPage]) -> [PdfPage] {
        var counts: [String: Int] = [:]
        var rowsByPage: [[(lines: [Int], key: String, text: String)]] = []
        for page in pages {
            var seen = Set<String>()
            let rows = PdfFurniture.edgeRows(page).map { indices -> (lines: [Int], key: String, text: String) in
                let text = indices.map { page.lines[$0].text }.joined(separator: " ")
                return (indices, PdfFurniture.key(text), text)
            }
            for row in rows where !row.key.isEmpty && seen.insert(row.key).inserted { counts[row.key, default: 0] += 1 }
            rowsByPage.append(rows)
        }
        let textPages = pages.filter { !$0.lines.isEmpty }.count
        let needed = max(PdfFurniture.minimumPages, Int((Double(textPages) * PdfFurniture.recurringShare).rounded(.up)))
        var out = pages
        for p in pages.indices {
            for row in rowsByPage[p] {
                let rule: String?
                if PdfFurniture.isPageNumber(row.text) {
                    rule = PdfFurniture.pageNumberRule
                } else if !row.key.isEmpty && counts[row.key, default: 0] >= needed {
                    rule = PdfFurniture.headerRule
                } else {
                    rule = nil
                }
                if let rule { for i in row.lines where out[p].lines[i].furniture == nil { out[p].lines[i].furniture = rule } }
            }
        }
        return out
    }

    /// The first and last `edgeLines` visual rows of a page (lines side by side on one baseline, which a reader
    /// may give as separate lines), each as its line indices left to right.
    static func edgeRows(_ page: PdfPage) -> [[Int]] {
        let order = page.lines.indices.sorted { page.lines[$0].yMin < page.lines[$1].yMin }
        var rows: [[Int]] = []
        for i in order {
            let line = page.lines[i]
            let mid = (line.yMin + line.yMax) / 2
            if let last = rows.last, let first = last.first,
               abs(mid - (page.lines[first].yMin + page.lines[first].yMax) / 2) <= page.lines[first].height / 2 {
                rows[rows.count - 1].append(i)
            } else {
                rows.append([i])
            }
        }
        let picked = edgeIndices(rows.count).map { rows[$0].sorted { page.lines[$0].xMin < page.lines[$1].xMin } }
        return picked
    }

    /// The indices of the first and last `edgeLines` rows of a page of `count` rows.
    static func edgeIndices(_ count: Int) -> [Int] {
        let head = Array(0..<min(edgeLines, count))
        let tail = Array(max(count - edgeLines, 0)..<count)
        return Array(Set(head + tail)).sorted()
    }

    /// A line's text with whitespace and digits taken out: a running footer keeps its key as its page number changes.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !s.properties.isWhitespace && !(s.value >= 0x30 && s.value <= 0x39)
            && !(s.value >= 0xFF10 && s.value <= 0xFF19) {
            out.append(s)
        }
        return String(out)
    }

    /// Scalars a page number line may hold besides digits: dashes and brackets around it, `第…页`, `共…页`,
    /// `/`, and `Page … of …`.
    static let pageNumberScalars: Set<Unicode.Scalar> = Set("-—–‐－─_·•()（）[]【】〔〕第页共/／,，.PpAaGgEeOoFf ".unicodeScalars)

    /// Whether a line is a page number: 1 to 4 digits (one or two numbers) in page-number dress.
    static func isPageNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= pageNumberMaxScalars else { return false }
        var numbers = 0
        var run = 0
        for s in scalars {
            if (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value) {
                run += 1
                if run > 4 { return false }
                continue
            }
            if run > 0 { numbers += 1 }
            run = 0
            guard pageNumberScalars.contains(s) else { return false }
        }
        if run > 0 { numbers += 1 }
        guard numbers >= 1 && numbers <= 2 else { return false }
        // Letters are allowed only as the words "page" and "of".
        let letters = String(String.UnicodeScalarView(scalars.filter { $0.properties.isAlphabetic && $0.isASCII })).lowercased()
        return letters.isEmpty || letters == "page" || letters == "pageof" || letters == "of"
    }
}
