/// What the scanner remembers while walking one paragraph: quotation depth and where the last mention ended.
struct ScanState: Sendable {
    /// Index where the current line starts.
    var lineStart = 0
    /// Index just after the previous mention (or the line start), the left edge for subjects.
    var lastEnd = 0
    /// Open “…” quotations.
    var quoteDepth = 0
    /// Whether an ASCII `"` quotation is open.
    var asciiQuoteOpen = false
    /// Index of the innermost open quotation mark.
    var quoteOpenedAt = 0
    /// Open 《…》 titles.
    var titleDepth = 0
    /// Whether the current clause states a goal (目标, 力争 …).
    var clauseTarget = false
    /// Whether the lead-in of the current list (before a colon in this sentence) states a goal.
    var leadInTarget = false
    /// Index where the current clause starts (after the last clause, sentence or lead-in break).
    var clauseStart = 0

    /// Whether `index` is inside a quotation opened at most `limit` characters before (a name or slogan).
    func inQuotes(at index: Int, limit: Int) -> Bool {
        (quoteDepth > 0 || asciiQuoteOpen) && index - quoteOpenedAt <= limit
    }
}
