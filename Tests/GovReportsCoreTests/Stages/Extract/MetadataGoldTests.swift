import Foundation
import Testing
@testable import GovReportsCore

/// Every metadata field of the five shared seed reports against `gold/documents.jsonl`, nulls included.
@Suite("MetadataGold", .enabled(if: SeedFixture.available, "../shared is not present"))
struct MetadataGoldTests {
    /// The seed stems.
    static let stems = ["000_f6c1e3a2a53cfe7b", "001_89fb2e650b23c6fa", "002_c1ce6971d7b0c50d",
                        "003_0ab8485b14dcac66", "004_373be436ee8b68a3"]

    /// Extracts one seed and compares each field.
    @Test(arguments: stems)
    func fieldsMatchGold(stem: String) throws {
        let gold = try #require(try SeedFixture.goldDocuments()[stem])
        let doc = try SeedFixture.normalized(stem)
        let sections = try SectionParser.bundled().parse(doc.text)
        var diagnostics: [Diagnostic] = []
        let meta = try MetadataExtractor.bundled().extract(doc, sections: sections, diagnostics: &diagnostics)
        let expected: [(String, String?)] = [
            ("title", meta.title), ("agency", meta.agency), ("province", meta.province), ("city", meta.city),
            ("county", meta.county), ("division_code", meta.divisionCode),
            ("report_year", meta.reportYear.map(String.init)), ("published", meta.published), ("signed", meta.signed),
        ]
        for (field, actual) in expected {
            let want: String? = switch gold[field] {
            case let s as String: s
            case let n as NSNumber: n.stringValue
            default: nil
            }
            #expect(actual == want, "\(stem) \(field): got \(actual ?? "null"), gold \(want ?? "null"); diagnostics \(diagnostics.map(\.message))")
        }
    }
}
