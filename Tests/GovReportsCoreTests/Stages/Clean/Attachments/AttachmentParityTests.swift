import Foundation
import Testing
@testable import GovReportsCore

/// Issue 22's bar: the PDF, DOCX and DOC versions of each sample report hold ≥ 99% of its HTML version's sentences,
/// their quantities equal the HTML version's (value, unit) multiset at F1 ≥ 0.98, and title, agency, report year
/// and signing date are the HTML version's.
@Suite(.enabled(if: AttachmentFixtures.convertersInstalled, AttachmentFixtures.skipNote)) struct AttachmentParityTests {
    /// The sample reports and the attachment versions the script makes of each.
    static let reports = ["jiangshan-gov-2021", "fuzhou-gulou-justice-2023", "tongxiang-gov-info-2023"]
    /// The versions of every report.
    static let versions = ["cid.pdf", "ttf.pdf", "docx", "doc"]
    /// The least share of the HTML version's sentences an attachment version must hold.
    static let minimumSentenceRecall = 0.99
    /// The least quantity F1 against the HTML version.
    static let minimumQuantityF1 = 0.98

    /// Every (HTML version, attachment version) pair, the two-column PDF and the disclosure report included.
    static var pairs: [(html: URL, attachment: String)] {
        var out: [(URL, String)] = []
        for r in reports {
            for v in versions { out.append((AttachmentFixtures.samples.appendingPathComponent("\(r).html"), "\(r).\(v)")) }
        }
        out.append((AttachmentFixtures.samples.appendingPathComponent("\(reports[0]).html"), "\(reports[0]).2col.pdf"))
        for v in ["pdf", "docx", "doc"] {
            out.append((AttachmentFixtures.directory.appendingPathComponent("disclosure.html"), "disclosure.\(v)"))
        }
        return out
    }

    /// Each attachment version against its HTML version.
    @Test func attachmentsMatchTheirHTMLVersions() throws {
        var failures: [String] = []
        for (html, name) in Self.pairs {
            let reference = try AttachmentFixtures.run([UInt8](try Data(contentsOf: html)), source: html.lastPathComponent)
            let got = try AttachmentFixtures.run(try AttachmentFixtures.bytes(name), source: name)
            let referenceSentences = AttachmentFixtures.sentences(reference.normalized.text)
            let gotSentences = AttachmentFixtures.sentences(got.normalized.text)
            let recall = AttachmentFixtures.sentenceRecall(reference: referenceSentences, candidate: gotSentences)
            let missing = referenceSentences.filter { !Set(gotSentences).contains($0) }
            let f1 = AttachmentFixtures.quantityF1(reference: reference.extracted.quantities, candidate: got.extracted.quantities)
            print("parity \(name): sentences \(String(format: "%.4f", recall)), quantity F1 \(String(format: "%.4f", f1))")
            // The metadata read from the attachment's own lines (its title is the largest-set paragraph) agree too.
            let a = got.extracted.metadata
            let b = reference.extracted.metadata
            if a.title != b.title || a.agency != b.agency || a.reportYear != b.reportYear || a.signed != b.signed {
                failures.append("\(name): metadata \(String(describing: a.title)), \(String(describing: a.agency)), "
                                + "\(String(describing: a.reportYear)), \(String(describing: a.signed)) vs the HTML version's")
            }
            if recall < Self.minimumSentenceRecall || f1 < Self.minimumQuantityF1 {
                failures.append("\(name): sentence recall \(recall), quantity F1 \(f1); missing: \(missing.prefix(3))")
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// The disclosure report's template cells (table, row id, column id, value, blank) read from its PDF layout,
    /// DOCX tables and DOC text equal those of its HTML tables, and there are some.
    @Test func disclosureCellsOfEveryVersionEqualTheHTMLVersions() throws {
        func cells(_ d: ExtractedDocument) -> [String] {
            d.disclosure.map { "\($0.table)|\($0.rowID)|\($0.colID)|\($0.value.map { "\($0)" } ?? "-")|\($0.blank)" }.sorted()
        }
        let html = AttachmentFixtures.directory.appendingPathComponent("disclosure.html")
        let reference = cells(try AttachmentFixtures.run([UInt8](try Data(contentsOf: html)), source: "disclosure.html").extracted)
        #expect(reference.count >= 10)
        for v in ["pdf", "docx", "doc"] {
            let got = cells(try AttachmentFixtures.run(try AttachmentFixtures.bytes("disclosure.\(v)"), source: "disclosure.\(v)").extracted)
            #expect(got == reference, "disclosure.\(v)")
        }
    }
}
