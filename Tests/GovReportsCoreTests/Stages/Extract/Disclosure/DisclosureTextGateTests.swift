import Foundation
import Testing
@testable import GovReportsCore

/// The text gate: our own reports (Resources/disclosure) that vary what it depends on, run through the whole chain;
/// the gate's byte fold against the reader's; and the property that makes it safe: where the gate closes a table,
/// the reader finds none of its cells.
@Suite("DisclosureTextGate")
struct DisclosureTextGateTests {
    /// The in-memory chain with the default configuration.
    static let chain: StageChain = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! StageChain(config: PipelineConfig(), baseDirectory: root)
    }()

    /// The gate over the bundled rules.
    static let gate = DisclosureFixture.extractor.gate

    /// Our disclosure fixtures folder.
    static var directory: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("disclosure")
    }

    /// One fixture run through fetch → clean → normalize → extract.
    static func run(_ name: String) throws -> ExtractedDocument {
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
        return try chain.run(bytes, source: name).extracted
    }

    /// The tables (by id) the gate lets the reader try on `text`.
    static func opened(_ text: String) -> [String] {
        let survey = gate.survey(text)
        return gate.rules.tables.indices.filter { gate.readable($0, survey) }.map { gate.rules.tables[$0].id }
    }

    /// The value of cell `key`.
    static func value(_ d: ExtractedDocument, _ key: String) -> Double? {
        DisclosureFixture.cell(d.disclosure, key)?.value
    }

    /// Disclosure diagnostics of a document.
    static func disclosureDiagnostics(_ d: ExtractedDocument) -> [Diagnostic] {
        d.diagnostics.filter { $0.code.rawValue.hasPrefix("disclosure-") }
    }

    /// Tables flattened a row per line with U+3000 between cells (and two between those of 三).
    @Test func fullWidthSpaces() throws {
        let d = try Self.run("gate-fullwidth-spaces-2022.txt")
        #expect(Self.opened(d.text) == ["proactive", "applications", "review_litigation"])
        #expect(Self.value(d, "proactive/normative/in_force") == 27)
        #expect(Self.value(d, "proactive/licensing/decisions") == 86)
        #expect(Self.value(d, "applications/new/total") == 8)
        #expect(Self.value(d, "applications/new/commercial") == 1)
        #expect(Self.value(d, "applications/unavailable_not_held/natural") == 2)
        #expect(Self.value(d, "applications/carried_out/total") == 1)
        #expect(Self.value(d, "review_litigation/review/total") == 1)
        #expect(Self.value(d, "review_litigation/litigation_direct/pending") == 1)
        #expect(Self.value(d, "review_litigation/litigation_direct/upheld") == 0)
        #expect(d.disclosure.allSatisfy { $0.template == "2021" })
        #expect(Set(d.disclosure.map(\.table)) == ["proactive", "applications", "review_litigation"])
    }

    /// 二 and 三 as HTML tables (read from their grids), 四 as paragraphs (read from the text: the gate opens it).
    @Test func htmlTablesAndParagraphs() throws {
        let d = try Self.run("gate-html-tables-2021.html")
        #expect(Self.value(d, "proactive/normative/in_force") == 15)
        #expect(Self.value(d, "proactive/fees/fee_amount") == 4.5)
        #expect(Self.value(d, "applications/new/natural") == 3)
        #expect(Self.value(d, "applications/unavailable_not_held/total") == 1)
        #expect(Self.value(d, "applications/refused_secret/total") == 0)
        #expect(Self.value(d, "review_litigation/review/corrected") == 1)
        #expect(Self.value(d, "review_litigation/litigation_after_review/total") == 0)
        #expect(Self.opened(d.text).contains("review_litigation"))
        #expect(!Self.disclosureDiagnostics(d).contains { $0.code == .disclosurePartial && $0.severity == .warning })
        // The fixture adds up: no check fires.
        #expect(!Self.disclosureDiagnostics(d).contains { $0.severity == .warning })
    }

    /// Only 三 and 四, one cell per line: both read, and the absent 二 is no loss to report.
    @Test func twoTablesOnly() throws {
        let d = try Self.run("gate-two-tables-2021.txt")
        #expect(Set(d.disclosure.map(\.table)) == ["applications", "review_litigation"])
        #expect(Self.value(d, "applications/new/commercial") == 2)
        #expect(Self.value(d, "review_litigation/litigation_direct/total") == 1)
        #expect(!Self.opened(d.text).contains("proactive"))
        #expect(!Self.disclosureDiagnostics(d).contains { $0.code == .disclosurePartial && $0.message.hasPrefix("proactive") })
    }

    /// A 法治政府 report naming 行政复议, 规范性文件, 自然人, 第二十条, 处理决定 in prose and headings: the reader
    /// is not opened, no cell and no disclosure diagnostic.
    @Test func proseOpensNothing() throws {
        let d = try Self.run("gate-fazhi-prose-2022.txt")
        #expect(d.text.contains("自然人") && d.text.contains("行政复议") && d.text.contains("第二十条"))
        #expect(Self.opened(d.text).isEmpty)
        #expect(d.disclosure.isEmpty)
        #expect(Self.disclosureDiagnostics(d).isEmpty)
    }

    /// The tables under headings of their own (附表1 …, no 二、三、四), cells separated by tabs.
    @Test func unusualHeadings() throws {
        let d = try Self.run("gate-unusual-headings-2021.txt")
        #expect(Set(d.disclosure.map(\.table)) == ["proactive", "applications", "review_litigation"])
        #expect(Self.value(d, "applications/new/research") == 1)
        #expect(Self.value(d, "applications/new/total") == 12)
        #expect(Self.value(d, "proactive/penalty/decisions") == 41)
        #expect(Self.value(d, "review_litigation/litigation_direct/total") == 1)
    }

    /// A flattened 四 one value short: its labels are all there, the values do not fit, so nothing is read, and
    /// the loss is said, not silent.
    @Test func borderlineIsReported() throws {
        let d = try Self.run("gate-borderline-review-2022.txt")
        #expect(d.disclosure.isEmpty)
        let partial = Self.disclosureDiagnostics(d).filter { $0.code == .disclosurePartial }
        #expect(partial.count == 1)
        #expect(partial.first?.message.hasPrefix("review_litigation:") == true)
        #expect(partial.first?.severity == .warning)
    }

    /// Table 三 without its header rows (no 自然人, no 申请人情况): the template's columns, as the rows have seven
    /// values; the gate opens on the row labels alone.
    @Test func applicationsWithoutHeader() throws {
        let full = try Self.run("gate-fullwidth-spaces-2022.txt").text
        let text = full.split(separator: "\n").filter { line in
            !["申请人情况", "自然人", "商业企业"].contains { line.hasPrefix($0) }
        }.joined(separator: "\n")
        #expect(!text.contains("自然人"))
        #expect(Self.opened(text).contains("applications"))
        let x = DisclosureFixture.extractor.extract(tables: [], text: text, reportYear: 2022, quantities: [], scalars: [])
        #expect(DisclosureFixture.cell(x.cells, "applications/new/natural")?.value == 7)
        #expect(DisclosureFixture.cell(x.cells, "applications/new/total")?.value == 8)
        #expect(DisclosureFixture.cell(x.cells, "applications/carried_out/total")?.value == 1)
    }

    /// Table 四 transposed (results as rows, groups as columns): read back into the template's cells.
    @Test func transposedReviewIsNotSilent() {
        let text = """
            四、政府信息公开行政复议、行政诉讼情况
            结果 行政复议 未经复议直接起诉 复议后起诉
            结果维持 1 0 0
            结果纠正 0 0 0
            其他结果 0 0 0
            尚未审结 0 1 0
            总计 1 1 0
            """
        let x = DisclosureFixture.extractor.extract(tables: [], text: text, reportYear: 2022, quantities: [], scalars: [])
        let review = x.cells.filter { $0.table == "review_litigation" }
        let partial = x.diagnostics.filter { $0.code == .disclosurePartial && $0.message.hasPrefix("review_litigation:") }
        #expect(partial.isEmpty)
        #expect(review.count == 15)
        #expect(DisclosureFixture.cell(review, "review_litigation/review/upheld")?.value == 1)
        #expect(DisclosureFixture.cell(review, "review_litigation/review/total")?.value == 1)
        #expect(DisclosureFixture.cell(review, "review_litigation/litigation_direct/pending")?.value == 1)
        #expect(DisclosureFixture.cell(review, "review_litigation/litigation_direct/total")?.value == 1)
        #expect(DisclosureFixture.cell(review, "review_litigation/litigation_after_review/total")?.value == 0)
        // The table adds up: no check fires.
        #expect(!x.diagnostics.contains { $0.severity == .warning })
    }

    /// Texts near every threshold: each fixture's text with one line left out, and each of its prefixes. Wherever
    /// the gate closes a table, the reader (run regardless) yields no cell of it; and the gate does close some.
    @Test func closedTableHasNothingToRead() throws {
        var closed = 0
        var variants = 0
        for name in ["gate-fullwidth-spaces-2022.txt", "gate-two-tables-2021.txt", "gate-unusual-headings-2021.txt",
                     "gate-borderline-review-2022.txt", "gate-fazhi-prose-2022.txt"] {
            let lines = try Self.run(name).text.split(separator: "\n", omittingEmptySubsequences: false)
            let step = max(1, lines.count / 16)
            var texts: [String] = []
            for k in stride(from: 0, to: lines.count, by: step) {
                texts.append(lines.enumerated().filter { $0.offset != k }.map(\.element).joined(separator: "\n"))
                texts.append(lines.prefix(k).joined(separator: "\n"))
            }
            for text in texts {
                variants += 1
                let survey = Self.gate.survey(text)
                let read = DisclosureFixture.extractor.recognizer.recognize(DisclosureFixture.extractor.reader.grids(text, firstIndex: 1))
                for (t, spec) in Self.gate.rules.tables.enumerated() where !Self.gate.readable(t, survey) {
                    closed += 1
                    #expect(!read.cells.contains { $0.table == spec.id }, "\(name): \(spec.id) closed but read")
                }
            }
        }
        #expect(variants > 60 && closed > variants / 2)
    }

    /// The gate folds a piece's bytes exactly as `DisclosureLabel.fold` folds its text.
    @Test func byteFoldEqualsLabelFold() {
        for piece in ["（一）予以公开", "本年收费金额（单位：万元）", "ＡＢｃ１２３％", "增／减", "自\u{00A0}然\u{200B}人",
                      "\u{FEFF}总计\u{2009}", "3.其他", "１．５", "—", "null", "行政\u{3000}复议"] {
            var out: [UInt8] = []
            var bytes = Array(piece.utf8)
            bytes.withUnsafeMutableBufferPointer { DisclosureTextGate.fold(UnsafeBufferPointer($0), into: &out) }
            #expect(out == Array(DisclosureLabel.fold(piece).utf8), "\(piece)")
        }
    }

    /// Where a grapheme cluster spans a separator or the text has CR, the reader's `Character` split may differ
    /// from the gate's: the gate then leaves the decision to the reader.
    @Test func undecidedWhereSplitsMayDiffer() {
        #expect(!Self.gate.survey("行政复议 结果维持\n2 1").undecided)
        #expect(Self.gate.survey("行政复议 \u{301}结果维持").undecided)
        #expect(Self.gate.survey("行政复议\r\n结果维持").undecided)
        #expect(Self.opened("行政复议\r\n结果维持").count == Self.gate.rules.tables.count)
        // A combining mark inside a piece is not at a separator: decided, matched the reader's way.
        let s = Self.gate.survey("自然人\u{301}x 商业企业")
        #expect(!s.undecided)
    }

    /// Table-like pieces name labels; the same words inside a sentence or a long line do not.
    @Test func onlyTableLikePiecesNameLabels() throws {
        let t = try #require(Self.gate.rules.tables.firstIndex { $0.id == "review_litigation" })
        let labels = "行政复议 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计"
        #expect(Self.gate.survey(labels).labelsNamed(t) == 8)
        #expect(Self.gate.survey(labels.replacingOccurrences(of: " ", with: "，") + "。").labelsNamed(t) == 0)
        let long = String(repeating: "依法", count: DisclosureTextReader.maxLabelScalars) + "行政复议"
        #expect(Self.gate.survey(long).labelsNamed(t) == 0)
        #expect(Self.gate.readable(t, Self.gate.survey(labels + "\n" + Array(repeating: "0", count: 10).joined(separator: " "))))
        #expect(!Self.gate.readable(t, Self.gate.survey(labels + "\n0")))
    }
}
