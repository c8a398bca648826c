import Foundation
import Testing
@testable import GovReportsCore

/// The shared real government pages: body snippets in, chrome out, title and date right.
@Suite(.enabled(if: CleanFixtures.hasRealPages, "needs ../shared/realpages"))
struct CleanRealPagesTests {
    /// The evaluation lines of `evaldata.jsonl`.
    static func cases() throws -> [[String: Any]] {
        try CleanFixtures.jsonLines(CleanFixtures.sharedDirectory.appendingPathComponent("realpages/evaldata.jsonl"))
    }

    /// Every page keeps its `with` snippets, loses its `without` chrome, and yields the expected title and date.
    @Test func realPagesMeetEvalData() throws {
        try Self.check(with: try CleanFixtures.cleaner())
    }

    /// With no known container names at all, the text-density fallback still meets the same bar on the pages
    /// that name no body container (the six newer pages, rendered and UCAP templates, do not pass by density
    /// alone: their metadata box, related links and sidebar sit beside the body in the densest block).
    @Test func densityFallbackMeetsEvalData() throws {
        var table = try ChromeTable.bundled()
        table.contentContainers = []
        try Self.check(with: try Cleaner(config: CleanConfig(), table: table), expectedCount: 3) { $0["body_container"] == nil }
    }

    /// Runs every evaluation line (those `include` accepts; `expectedCount` of them) through `cleaner`.
    static func check(with cleaner: Cleaner, expectedCount: Int = 9,
                      include: ([String: Any]) -> Bool = { _ in true }) throws {
        let cases = try Self.cases().filter(include)
        #expect(cases.count == expectedCount)
        for item in cases {
            let file = item["file"] as! String
            let bytes = [UInt8](try Data(contentsOf: CleanFixtures.sharedDirectory.appendingPathComponent("realpages/" + file)))
            let doc = try cleaner.clean(bytes, record: CleanFixtures.record(file))
            let body = CleanFixtures.fold(doc.text)
            for snippet in item["with"] as! [String] {
                #expect(body.contains(CleanFixtures.fold(snippet)), "\(file): missing \(snippet)")
            }
            for chrome in item["without"] as! [String] {
                #expect(!body.contains(CleanFixtures.fold(chrome)), "\(file): kept \(chrome)")
            }
            let title = doc.page.articleTitle ?? doc.page.htmlTitle
            #expect(title.map(CleanFixtures.fold) == CleanFixtures.fold(item["title"] as! String), "\(file): title")
            #expect(doc.page.published == item["published"] as? String, "\(file): published")
            #expect(doc.encoding == "utf-8", "\(file): encoding")
            #expect(!doc.text.contains("\u{FFFD}"), "\(file): replacement characters")
        }
    }

    /// kepu-gov.html declares its charset only after `<title>`; its Chinese must come through intact.
    @Test func kepuDecodesCorrectly() throws {
        let bytes = [UInt8](try Data(contentsOf: CleanFixtures.sharedDirectory.appendingPathComponent("realpages/kepu-gov.html")))
        let doc = try CleanFixtures.cleaner().clean(bytes, record: CleanFixtures.record("kepu-gov.html"))
        #expect(doc.encoding == "utf-8")
        #expect(doc.page.htmlTitle == "习近平主持召开深入推进长三角一体化发展座谈会")
        #expect(doc.page.sourceLabel == "新华社")
        #expect(doc.text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        #expect(!doc.text.unicodeScalars.contains { (0xC0...0xFF).contains($0.value) }, "Latin-1 mojibake")
    }
}
