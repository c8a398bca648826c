/// Thresholds that decide when a chosen body holds suspiciously little of the page's sentence text.
enum BodyCheck {
    /// A body holding less than this share of the page's sentence text is suspect.
    static let minSentenceShare = 1.0 / 3.0
    /// A body shorter than this (text weight) is suspect when the page holds `manyPageChars` of sentence text.
    static let shortBodyChars: Int32 = 200
    /// Sentence text on the page above which a short body is suspect.
    static let manyPageChars: Int32 = 1000
    /// How many times the chosen body's sentence text a fallback must hold to replace it.
    static let replaceFactor: Int32 = 2
    /// Share of the largest sentence block a nested element must hold to be taken instead (the tighter box).
    static let tightenShare = 0.85
    /// Diagnostic prefix (a stable code) for a suspect body.
    static let code = "body-suspect"
    /// Diagnostic prefix for paragraphs that occur twice in a body.
    static let duplicateCode = "duplicate-paragraphs"
    /// Shortest paragraph (UTF-8 bytes) checked for duplicates: short lines (table cells, 1、) repeat legitimately.
    static let duplicateMinBytes = 60

    /// Whether a body of `held` sentence text and `chars` text is suspect on a page of `page` sentence text.
    static func isSuspect(held: Int32, chars: Int32, page: Int32) -> Bool {
        guard page > 0 else { return false }
        if Double(held) < minSentenceShare * Double(page) { return true }
        return chars < shortBodyChars && page >= manyPageChars
    }
}
