/// Text measures of one element, summed over its non-chrome descendants.
struct NodeStats: Sendable {
    /// Parent element's index in the stats array, or -1.
    var parent: Int32 = -1
    /// Index of the last element inside this one (indices are in document order, so the subtree is a range).
    var lastDescendant: Int32 = -1
    /// Position of the element's `start` event in the walk's event list.
    var startEvent: Int32 = -1
    /// Position of the element's `end` event in the walk's event list.
    var endEvent: Int32 = -1
    /// Tag kind of the element.
    var kind: TagKind = .inline
    /// Text weight: CJK characters plus a quarter of ASCII letters and digits.
    var weight: Int32 = 0
    /// Part of `weight` inside links.
    var linkWeight: Int32 = 0
    /// Text weight outside links of the text runs that hold a sentence end: the element's sentence text.
    var sentenceWeight: Int32 = 0
    /// Sentence-ending marks (。！？) inside.
    var periods: Int32 = 0
    /// Why the element looks like chrome by tag or id/class (index into the analyzer's reasons), or -1.
    var chromeReason: Int32 = -1
    /// Whether the element was judged chrome (it looked like chrome and holds no real prose).
    var isChrome: Bool = false
    /// Whether the element is one of the chosen main-content roots.
    var isContentRoot: Bool = false
    /// What the element is to a table (`<table>`, `<tr>`, `<td>` …), or `.none`.
    var tableRole: TableRole = .none

    /// Text outside links.
    var nonLink: Int32 { weight - linkWeight }

    /// Share of text inside links.
    var linkDensity: Double { weight > 0 ? Double(linkWeight) / Double(weight) : 0 }
}
