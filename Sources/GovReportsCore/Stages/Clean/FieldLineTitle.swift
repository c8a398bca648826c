/// The headline at the front of a page's info line, copied into a text as one line
/// (`某局2024年法治政府建设年度报告　　发布时间：2025-02-14　　来源：某局`): the chrome rules remove the line for its
/// fields, and the title would go with it. The words before the first field label are the title when a column gap
/// sets them off and they read as a whole report title (no sentence, label or crumb marks; they end with the kind
/// of their document), so an organ's name or a breadcrumb before the fields is never taken.
enum FieldLineTitle {
    /// Labels whose field may follow the headline on its line: the publication labels and the page's other fields.
    static let labels: [[Unicode.Scalar]] = {
        let names = PageMetadataExtractor.publicationLabels
            + PageMetadataExtractor.fieldLabels.split(separator: "|").map(String.init) + extraLabels
        // Longest first, so `浏览次数` is found before `浏览`.
        return Set(names).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }()
    /// Header fields of a disclosure page that may share the headline's line too.
    static let extraLabels = ["索引号", "发文字号", "文号", "发布单位", "时间", "日期"]
    /// Scalars that end a label before its value.
    static let colons: Set<Unicode.Scalar> = [":", "："]
    /// Scalars of a column gap; one of `wideGap` alone is a gap, plain spaces need `minimumSpaces`.
    static let gapScalars: Set<Unicode.Scalar> = [" ", "\u{3000}", "\t", "|", "｜", "\u{00A0}"]
    /// Gap scalars that alone set a column off.
    static let wideGap: Set<Unicode.Scalar> = ["\u{3000}", "\t", "|", "｜"]
    /// Plain spaces that make a column gap.
    static let minimumSpaces = 2
    /// Scalars a headline never holds: sentence and label marks, breadcrumb arrows.
    static let refused: Set<Unicode.Scalar> = ["。", "；", "！", "？", ":", "：", ">", "＞", "»", "›", "/", "，", ","]

    /// The title at the front of `line`, or nil when the line does not open with one before a field.
    static func title(in line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        guard let labelStart = firstLabel(scalars) else { return nil }
        // The gap before the label.
        var end = labelStart
        var spaces = 0, wide = false
        while end > 0, gapScalars.contains(scalars[end - 1]) {
            end -= 1
            if wideGap.contains(scalars[end]) { wide = true } else { spaces += 1 }
        }
        guard wide || spaces >= minimumSpaces, end > 0 else { return nil }
        let head = scalars[..<end]
        guard !head.contains(where: { refused.contains($0) }) else { return nil }
        let title = String(String.UnicodeScalarView(head))
        guard TitleMerger.looksLikeTitle(title), TitleMerger.kindEndings.contains(where: { title.hasSuffix($0) }) else {
            return nil
        }
        return title
    }

    /// Where the first field label with its colon starts in `scalars` (blanks may stand between label and colon).
    static func firstLabel(_ scalars: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < scalars.count {
            for label in labels where i + label.count <= scalars.count && scalars[i..<(i + label.count)].elementsEqual(label) {
                var j = i + label.count
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\u{3000}" { j += 1 }
                if j < scalars.count, colons.contains(scalars[j]) { return i }
            }
            i += 1
        }
        return nil
    }

    /// The title of the first removed line above the body (`removed` in order, places among the kept lines) that
    /// opens with one; only lines before the first kept line are read, where a page's headline stands.
    static func title(removedAboveBody removed: [RemovedLine]) -> String? {
        for r in removed {
            guard let at = r.beforeLine, at == 0 else { break }
            if let t = title(in: r.line) { return t }
        }
        return nil
    }
}
