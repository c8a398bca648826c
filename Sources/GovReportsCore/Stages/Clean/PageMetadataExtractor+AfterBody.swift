/// A labelled publication date printed below the article (`发布日期：2024年1月24日　供稿：…` in its footer): read from
/// the first lines after the body when nothing above or inside it gave one.
extension PageMetadataExtractor {
    /// Lines after the body searched for the date: the article's own footer, not the site's further down.
    static let afterBodyDateLines = 8

    /// The first publication date with its label (`发布时间`/`发布日期`/…, in digits or Chinese numerals) on the first
    /// `afterBodyDateLines` lines after the body; a bare or generic `日期` date there is not trusted (lists of other
    /// articles print theirs).
    func labeledDateAfterBody(_ outside: OutsideBody) -> String? {
        let lines = outside.blocks.filter { $0.place == .after }.flatMap(\.lines)
        for line in lines.prefix(Self.afterBodyDateLines) where line.utf8.count <= Self.labeledLineMaxBytes {
            if TextScan.hasFourDigits(line), let date = firstDate(labeledDate, in: line) { return date }
            if let date = Self.labeledHanDate(in: line) { return date }
        }
        return nil
    }
}
