import Foundation
import Testing
@testable import GovReportsCore

/// Whole report pages in HTML (`Resources/pages-blind`, h01–h07, `expected.jsonl` in the samples' format), written
/// before the program was run on them: Word-export spans that split numbers (`4</span><span>7件`), `&nbsp;` around
/// numbers, a statistics table with a unit column, `<br>` lines beside a sidebar, a work report's targets. On the
/// main of that day: quantities 53/53 with nothing spurious, page checks 64/66, metadata 32/36. h05–h07 (table
/// layout with `<font>` and full-width digits as entities, `<li>` with `<strong>` numbers, unit spans and footnote
/// `<sup>`s), written after the first fixes: quantities 29/30 (128家次 read as 128家), page checks 44/44,
/// metadata 26/27. A page whose
/// failure is known runs under `withKnownIssue`, so that fixing it shows.
@Suite struct PagesBlindTests {
    /// The pages' folder.
    static var folder: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("pages-blind")
    }

    /// Pages with known failures, by file stem, and the class each belongs to.
    static let known: [String: String] = [:]

    /// Every must quantity found and nothing spurious, every page check and metadata field right.
    @Test func everyPage() throws {
        let report = try Evaluator(pipeline: CleanUnseenLayoutsTests.pipeline).evaluate(documents: Self.folder, gold: nil)
        #expect(report.documents.count == 7)
        for doc in report.documents {
            #expect(doc.error == nil, "\(doc.doc): \(doc.error ?? "")")
            let q = try #require(doc.quantities, "\(doc.doc): no quantity score")
            #expect(q.missed.isEmpty && q.spurious.isEmpty, "\(doc.doc): missed \(q.missed), spurious \(q.spurious)")
            let check = {
                #expect((doc.pageFailures ?? []).isEmpty, "\(doc.doc): \(doc.pageFailures ?? [])")
                let m = try #require(doc.metadata, "\(doc.doc): no metadata score")
                #expect(m.mismatches.isEmpty, "\(doc.doc): \(m.mismatches)")
            }
            if let why = Self.known[doc.doc] { try withKnownIssue(Comment(rawValue: why)) { try check() } } else { try check() }
        }
    }
}
