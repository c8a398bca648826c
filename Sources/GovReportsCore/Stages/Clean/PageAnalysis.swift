/// What one walk over a parsed page yields: metadata sources and the linearized text streams.
struct PageAnalysis: Sendable {
    /// `<meta>` values by lower-cased `name`/`property`/`http-equiv`/`itemprop` (first occurrence wins).
    var metaTags: [String: String] = [:]
    /// Text of the first `<title>`, whitespace collapsed.
    var htmlTitle: String?
    /// First lines of `<h1>` and title-like elements, in document order.
    var titleCandidates: [String] = []
    /// The `<h2>` that heads the body when no `<h1>` or title-like element does (`PageWalk.subheadHeadline`).
    var subheadTitle: String?
    /// The body's first line when it is the first of several same-level section headings (`PageWalk.leadSectionHeading`).
    var leadSectionHeading: String?
    /// Main-content lines, one paragraph each, before line rules.
    var bodyLines: [String] = []
    /// Lines before the main content and chrome lines inside it, where 来源/发布时间 usually sit.
    var metaLines: [String] = []
    /// Lines of chrome elements inside the main content, with the element rule that dropped them.
    var removed: [RemovedLine] = []
    /// A `body-suspect:` diagnostic with its figures, when the chosen body held too little of the page's text.
    var bodySuspect: String?
    /// Sentence text (weight) of the whole page outside chrome.
    var pageSentenceWeight: Int32 = 0
    /// Sentence text (weight) of the chosen body roots.
    var bodySentenceWeight: Int32 = 0
    /// The body's data tables as grids, in document order (their `index` not yet set).
    var tables: [TableGrid] = []
    /// For each table, each grid row's line in `bodyLines` (nil when the row wrote no line).
    var tableRowLines: [[Int?]] = []
    /// Body tables too large to keep as grids (their text is kept as lines).
    var tablesFlattened = 0
    /// Text outside the body roots, each `between` block placed before a line of `bodyLines` (before line rules).
    var outside: OutsideBody = .none
    /// How the main content was found: a known container, by text density, by the body check's fallback, or not at all.
    var contentBasis: ContentBasis = .none
}
