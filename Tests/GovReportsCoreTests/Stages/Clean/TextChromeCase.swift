import Foundation
@testable import GovReportsCore

/// One invented plain-text report of `Resources/textchrome/` (written by `scripts/gen-text-chrome-fixtures.py`):
/// its page-chrome lines, title and body lines, and what the chain made of it.
struct TextChromeCase: Sendable {
    /// File name in the fixture folder.
    let file: String
    /// The title as a reader would write it (split lines joined).
    let title: String
    /// The lines the title stands on (two equal ones: a duplicated title; two different ones: a split title).
    let titleLines: [String]
    /// Page-chrome lines that must leave the body.
    let chrome: [String]
    /// Body lines that must stay.
    let body: [String]

    /// The failure classes the suite measures.
    enum Miss: String, Sendable, CaseIterable {
        /// A chrome line is still a body line.
        case chromeKept = "chrome kept"
        /// A body line is gone.
        case bodyLost = "body lost"
        /// The title is wrong, or a copy of it stays in the body.
        case titleWrong = "title wrong"
    }

    /// Reads `expected.jsonl`.
    static func load(_ folder: URL) throws -> [TextChromeCase] {
        try CleanFixtures.jsonLines(folder.appendingPathComponent("expected.jsonl")).map {
            TextChromeCase(file: $0["file"] as! String, title: $0["title"] as! String,
                           titleLines: $0["titleLines"] as! [String], chrome: $0["chrome"] as! [String],
                           body: $0["body"] as! [String])
        }
    }

    /// A line as the comparison sees it: folded widths, rule-view punctuation, no spaces.
    static func key(_ line: String) -> String {
        TitleMerger.matchKey(WidthFolder.fold(line))
    }

    /// What went wrong in `result`, by class, each with the lines (or title) concerned.
    func misses(in result: ChainResult) -> [Miss: [String]] {
        let bodyKeys = Set(result.normalized.text.split(separator: "\n").map { Self.key(String($0)) })
        var out: [Miss: [String]] = [:]
        let kept = chrome.filter { bodyKeys.contains(Self.key($0)) }
        if !kept.isEmpty { out[.chromeKept] = kept }
        let lost = body.filter { !bodyKeys.contains(Self.key($0)) }
        if !lost.isEmpty { out[.bodyLost] = lost }
        var title: [String] = []
        let got = result.extracted.metadata.title
        if got.map({ TitleMerger.key(WidthFolder.fold($0)) }) != TitleMerger.key(WidthFolder.fold(self.title)) {
            title.append("got \(got ?? "nil")")
        }
        title += titleLines.filter { bodyKeys.contains(Self.key($0)) }.map { "copy kept: \($0)" }
        if !title.isEmpty { out[.titleWrong] = title }
        return out
    }
}
