/// Finds the title among the first lines and removes its duplicated or split copies from the body.
public struct TitleMerger: Sendable {
    /// How many leading lines may hold title copies.
    public static let window = 8
    /// Words that mark a short first line as a report title.
    static let titleWords = ["报告", "总结", "情况", "工作", "要点", "计划", "方案", "年报", "通报", "公报"]

    /// Creates a merger.
    public init() {}

    /// Returns the title (page title first, else a title-like first line) and the body lines without title copies.
    /// `sectionLead`: a line the page marked as the first of its section headings; when the head starts with it,
    /// no line of the head is taken as the title.
    public func merge(lines: [String], pageTitle: String?, sectionLead: String? = nil)
        -> (title: String?, body: [String], removed: [String]) {
        var title = pageTitle.map { WidthFolder.fold($0) }.map { Self.squash($0) }
        if let t = title, t.isEmpty { title = nil }
        // A document number printed above the title (`某政发〔2024〕3号`), an urgency or secrecy mark above that
        // (`特急`) and a red-header masthead (`某县人民政府文件`) are no part of it: the title starts below.
        let head = Array(lines.dropFirst(DocumentHead.furnitureCount(lines)))
        // A section heading is no title, and the lines under it are the section's: none is joined into one either.
        if title == nil, let lead = sectionLead, let first = head.first, Self.matchKey(first) == Self.matchKey(lead) {
            return (nil, lines, [])
        }
        if title == nil, let first = head.first, Self.looksLikeTitle(first) {
            title = first
            // A title whose last words went to the next line (`…法治政府建设工作` + `情况报告`).
            if head.count >= 2, Self.isTitleTail(head[1], after: first) { title = first + head[1] }
        }
        // A title split over short lines: only the joined text names a report (`…司法局2019年度` + `依法行政工作总结`).
        if title == nil { title = Self.splitTitle(head) }
        guard let title else { return (nil, lines, []) }
        // Copies are matched on the rule view (full-width punctuation folded): a `<title>` may write `(` where the
        // text writes `（`, and both are the same title.
        let key = Self.matchKey(title)
        let keyLength = key.unicodeScalars.count
        // Key lengths in scalars of the leading lines: only a candidate of the title key's length is built and
        // compared (building keys of joined body paragraphs was most of this stage's time).
        // Capped just past the key's length: a longer line can match in no sum, and counting stops there.
        let lengths = lines.prefix(Self.window + Self.splitLinesMax - 1).map { Self.keyLength($0, cap: keyLength + 1) }
        var body: [String] = []
        var removed: [String] = []
        var i = 0
        scan: while i < lines.count {
            if i < Self.window {
                // A copy on one line or split over up to `splitLinesMax` lines.
                var sum = 0
                for n in 1...Self.splitLinesMax where i + n - 1 < lengths.count {
                    sum += lengths[i + n - 1]
                    if sum > keyLength { break }
                    if sum == keyLength, Self.matchKey(lines[i..<(i + n)].joined()) == key {
                        removed.append(contentsOf: lines[i..<(i + n)]); i += n; continue scan
                    }
                }
            }
            body.append(lines[i])
            i += 1
        }
        return (title, body, removed)
    }

    /// Urgency and secrecy marks printed above an official document's number (`特急`, `机密★1年`).
    static let headMarks = ["特急", "加急", "平急", "急件", "特提", "绝密", "机密", "秘密"]
    /// Longest head-mark line, in scalars (`秘密★5年`).
    static let headMarkMaxLength = 8

    /// Whether a line is only an urgency or secrecy mark, spaces and a term after ★ aside.
    static func isHeadMark(_ line: String) -> Bool {
        let k = key(line)
        return k.unicodeScalars.count <= headMarkMaxLength && headMarks.contains { k.hasPrefix($0) }
            && (k.unicodeScalars.count == 2 || k.unicodeScalars.contains("★"))
    }

    /// Most lines a title split over short lines may take (`某局关于` + `2024年度…建设` + `工作情况的` + `报告`).
    static let splitLinesMax = 4
    /// Longest line of a split title, in scalars.
    static let splitLineMaxLength = 40

    /// The title made of the first two to four short lines, when only their joined text names a report. Two lines
    /// need the report words anywhere (`…司法局2019年度` + `依法行政工作总结`); three or four must end with a
    /// document kind and hold no salutation or list item (`某局关于` + `2024年度法治政府建设` + `情况的报告`), since a
    /// looser test would join the opening lines of a body; four must also hold 关于 and end with a short fragment.
    static func splitTitle(_ head: [String]) -> String? {
        var joined = ""
        for (k, line) in head.prefix(splitLinesMax).enumerated() {
            guard line.unicodeScalars.count <= splitLineMaxLength, !DocumentHead.isFurniture(line) else { return nil }
            joined += line
            guard k > 0, looksLikeTitle(joined) else { continue }
            if k == 1 { return joined }
            let opening = head[1...k].contains { ListMarker.starts($0) || $0.hasSuffix(":") || $0.hasSuffix("：") }
            guard !opening, kindEndings.contains(where: { joined.hasSuffix($0) }) else { continue }
            // Four lines need an official document title's shape as well: the hinge 关于 between issuer and matter,
            // and a last line that is a fragment, not a whole title under three lines of navigation or masthead.
            if k == 3, !joined.contains(Self.titleHinge) || line.unicodeScalars.count > Self.tailMaxLength { return nil }
            return joined
        }
        return nil
    }

    /// The word between an official document title's issuer and its matter (`某县人民政府关于…的报告`).
    static let titleHinge = "关于"

    /// Longest document-number line, in scalars.
    static let documentNumberMaxLength = 30

    /// The document-number bracket pairs of `citations.json`, opening scalar to closing one: the title and the
    /// citation extractor read one table.
    static let documentNumberBrackets: [Unicode.Scalar: Unicode.Scalar] = {
        var pairs: [Unicode.Scalar: Unicode.Scalar] = [:]
        for pair in (try? CitationRules.bundled())?.docNumberBrackets ?? [] {
            if let open = pair.first?.unicodeScalars.first, let close = pair.last?.unicodeScalars.first { pairs[open] = close }
        }
        return pairs
    }()

    /// Whether a line is one document number: issuer, a bracketed four-digit year, a serial and `号`
    /// (`遂政发〔2024〕3号`, `浙司〔2023〕12号`).
    static func isDocumentNumber(_ line: String) -> Bool {
        let a = Array(line.unicodeScalars.filter { $0 != " " })
        guard a.count <= documentNumberMaxLength, a.last == "号",
              let open = a.firstIndex(where: { documentNumberBrackets[$0] != nil }), open > 0,
              open + 6 < a.count - 1, a[open + 5] == documentNumberBrackets[a[open]] else { return false }
        return a[(open + 1)...(open + 4)].allSatisfy { HanNumeral.ascii($0) != nil }
            && a[(open + 6)..<(a.count - 1)].allSatisfy { HanNumeral.ascii($0) != nil }
    }

    /// A short line without sentence punctuation that names a report, or ends with the kind of its document.
    static func looksLikeTitle(_ line: String) -> Bool {
        let count = line.unicodeScalars.count
        guard count >= 6, count <= 70 else { return false }
        if line.contains("。") || line.contains(",") || line.contains("，") || line.hasSuffix(":") || line.hasSuffix("：") { return false }
        return titleWords.contains { line.contains($0) } || titleEndings.contains { line.hasSuffix($0) }
    }

    /// Document kinds a title ends with, besides the report words (`…的通知`, `政务公开指南`).
    static let titleEndings = ["通知", "意见", "办法", "规定", "细则", "决定", "指南", "说明", "纲要", "规划", "通告", "批复",
                               "白皮书"]
    /// Words that end a title, so a line ending with one is a whole title (or its tail).
    static let kindEndings = ["报告", "总结", "要点", "计划", "方案", "年报", "通报", "公报"] + titleEndings
    /// Endings of a first line that is a whole title already (`…建设情况`), so a short line under it is body; a
    /// wrong join would drop that line as a title copy.
    static let wholeEndings = kindEndings + ["情况"]
    /// Longest second line taken as the tail of a title split over two lines (scalars).
    static let tailMaxLength = 12

    /// Whether `line` finishes the title `first` began: `first` ends with no document kind nor 情况, `line` is short,
    /// unpunctuated, no list item, and ends with one.
    static func isTitleTail(_ line: String, after first: String) -> Bool {
        guard !wholeEndings.contains(where: { first.hasSuffix($0) }),
              line.unicodeScalars.count <= tailMaxLength,
              first.unicodeScalars.count + line.unicodeScalars.count <= 70,
              !line.unicodeScalars.contains(where: { "。，；！？,;:：、".unicodeScalars.contains($0) }),
              !ListMarker.starts(line) else { return false }
        return kindEndings.contains { line.hasSuffix($0) }
    }

    /// Comparison key: spaces removed, so `A B` equals `A` + `B` split over two lines.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != " " }))
    }

    /// Key of the rule view: spaces removed and full-width punctuation folded, for finding copies of the title.
    static func matchKey(_ text: String) -> String {
        key(WidthFolder.ruleView(text))
    }

    /// Scalar count of `key(text)` (and of `matchKey(text)`) up to `cap`, counted on the UTF-8 without building it.
    static func keyLength(_ text: String, cap: Int) -> Int {
        var n = 0
        // Lead bytes only: one per scalar, whatever its width.
        for b in text.utf8 where b != 0x20 && b & 0xC0 != 0x80 {
            n += 1
            if n == cap { break }
        }
        return n
    }

    /// Collapses runs of spaces and trims.
    static func squash(_ text: String) -> String {
        LineSplitter.lines(text, fullWidth: false).joined(separator: " ")
    }
}
