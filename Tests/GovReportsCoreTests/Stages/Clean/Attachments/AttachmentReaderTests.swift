import Foundation
import Testing
import ZIPFoundation
@testable import GovReportsCore

/// The attachment readers on the samples and on hand-made files: tables, furniture, scanned pages, refusals.
@Suite struct AttachmentReaderTests {
    /// The origin cells of each row of each grid (what a row line of the text holds).
    static func origins(_ tables: [TableGrid]) -> [[[String]]] {
        tables.map { $0.rows.map { $0.filter { !$0.isSpanned && !$0.text.isEmpty }.map(\.text) }.filter { !$0.isEmpty } }
    }

    /// The disclosure report's tables read from its PDF layout equal those of its DOCX (real Word tables with
    /// gridSpan and vMerge), cell by cell.
    @Test(.enabled(if: AttachmentFixtures.convertersInstalled, AttachmentFixtures.skipNote)) func disclosureGridsAgreeAcrossFormats() throws {
        let cleaner = try CleanFixtures.cleaner()
        let pdf = try cleaner.clean(try AttachmentFixtures.bytes("disclosure.pdf"), record: CleanFixtures.record("disclosure.pdf"))
        let docx = try cleaner.clean(try AttachmentFixtures.bytes("disclosure.docx"), record: CleanFixtures.record("disclosure.docx"))
        #expect(pdf.tables.count == 3)
        #expect(Self.origins(pdf.tables) == Self.origins(docx.tables))
        #expect(pdf.tables.first?.texts.dropFirst(2).first == ["行政规范性文件", "4", "2", "31"])
        // The row-spanning label is the origin of its run and repeated (spanned) below it.
        let second = try #require(pdf.tables.dropFirst().first)
        #expect(second.rows[0][0] == TableGridCell(text: "本年度办理结果"))
        #expect(second.rows[3][0] == TableGridCell(text: "本年度办理结果", isSpanned: true))
    }

    /// Running headers and page numbers are removed as furniture and never reach the text.
    @Test(.enabled(if: AttachmentFixtures.convertersInstalled, AttachmentFixtures.skipNote)) func furnitureNeverReachesTheText() throws {
        let cleaner = try CleanFixtures.cleaner()
        for name in ["jiangshan-gov-2021.cid.pdf", "jiangshan-gov-2021.ttf.pdf", "jiangshan-gov-2021.2col.pdf"] {
            let doc = try cleaner.clean(try AttachmentFixtures.bytes(name), record: CleanFixtures.record(name))
            #expect(!doc.text.contains("2021年度报告"), "\(name)")
            let lines = doc.text.split(separator: "\n").map(String.init)
            #expect(!lines.contains { PdfFurniture.isPageNumber($0) }, "\(name)")
            #expect(doc.removed.contains { $0.rule == PdfFurniture.headerRule }, "\(name)")
            #expect(doc.removed.contains { $0.rule == PdfFurniture.pageNumberRule }, "\(name)")
            // The signature at the end of the last page is body text, not furniture.
            #expect(lines.suffix(2) == ["江山市人民政府", "2022年1月20日"], "\(name)")
        }
    }

    /// A scanned PDF fails with `pdf-no-text` and gives no text.
    @Test(.enabled(if: AttachmentFixtures.convertersInstalled, AttachmentFixtures.skipNote)) func scannedPDFHasNoText() throws {
        let cleaner = try CleanFixtures.cleaner()
        #expect(throws: CleanError.noTextLayer(docID: "doc-scanned.pdf", source: "scanned.pdf", pages: 1)) {
            try cleaner.clean(try AttachmentFixtures.bytes("scanned.pdf"), record: CleanFixtures.record("scanned.pdf"))
        }
        #expect(CleanError.noTextLayer(docID: "d", source: "s", pages: 1).diagnosticCode == .pdfNoText)
    }

    /// Page numbers in their usual dress are recognised; text that merely holds a number is not.
    @Test func pageNumberPatterns() {
        for yes in ["3", "- 3 -", "— 12 —", "第 3 页", "第3页 共12页", "3/12", "Page 3 of 12", "（3）"] {
            #expect(PdfFurniture.isPageNumber(yes), "\(yes)")
        }
        for no in ["2022年1月20日", "共3项", "12345", "一、总体情况", "3个", "Section 3"] {
            #expect(!PdfFurniture.isPageNumber(no), "\(no)")
        }
    }

    /// A hand-made DOCX: paragraphs in order, deleted text and field codes left out, a Title-style paragraph as
    /// the title, and a table whose gridSpan and vMerge are resolved into a full grid.
    @Test func docxParagraphsAndMergedTables() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let body = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(w)><w:body>
        <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>某县2023年度报告</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">全年受理</w:t></w:r><w:del><w:r><w:delText>99</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>12件。</w:t></w:r></w:p>
        <w:tbl>
        <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>结果</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>公开</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>予以</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc></w:tr>
        </w:tbl>
        <w:sectPr/></w:body></w:document>
        """
        let archive = try Archive(data: Data(), accessMode: .create)
        let data = Data(body.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count),
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        let bytes = [UInt8](try #require(archive.data))
        #expect(AttachmentFormat.detect(bytes, source: "r.docx") == .docx)
        let content = try DocxReader().read(bytes)
        #expect(content.title == "某县2023年度报告")
        #expect(content.lines == ["某县2023年度报告", "全年受理12件。", "结果\t公开", "予以\t7"])
        #expect(content.tables.count == 1)
        #expect(content.tables[0].rows == [
            [TableGridCell(text: "结果"), TableGridCell(text: "公开"), TableGridCell(text: "公开", isSpanned: true)],
            [TableGridCell(text: "结果", isSpanned: true), TableGridCell(text: "予以"), TableGridCell(text: "7")],
        ])
    }

    /// WPS and OFD files are refused with `unsupported-format`; a damaged DOCX with `attachment-unreadable`.
    @Test func unsupportedAndDamagedFormats() throws {
        let cleaner = try CleanFixtures.cleaner()
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(throws: CleanError.unsupportedFormat(docID: "doc-r.wps", source: "r.wps", format: "WPS")) {
            try cleaner.clean(ole, record: CleanFixtures.record("r.wps"))
        }
        let ofd: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0] + Array("OFD.xml".utf8)
        #expect(throws: CleanError.unsupportedFormat(docID: "doc-r.ofd", source: "r.ofd", format: "OFD")) {
            try cleaner.clean(ofd, record: CleanFixtures.record("r.ofd"))
        }
        #expect(CleanError.unsupportedFormat(docID: "d", source: "s", format: "WPS").diagnosticCode == .unsupportedFormat)
        let fakeDocx: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0] + Array("word/document.xml".utf8)
        do {
            _ = try cleaner.clean(fakeDocx, record: CleanFixtures.record("r.docx"))
            Issue.record("a damaged DOCX was cleaned")
        } catch {
            guard case .attachmentUnreadable(_, _, let format, _) = error else { Issue.record("\(error)"); return }
            #expect(format == "DOCX")
            #expect(error.diagnosticCode == .attachmentUnreadable)
        }
    }
}

/// The fallback readers, reached by making the first choice a program that does not exist.
@Suite(.enabled(if: AttachmentFixtures.convertersInstalled, AttachmentFixtures.skipNote)) struct AttachmentFallbackTests {
    /// Without poppler, MuPDF's character boxes give the same paragraphs, furniture removal and tables.
    @Test func mupdfReadsWhatPopplerWould() throws {
        let bytes = try AttachmentFixtures.bytes("disclosure.pdf")
        let poppler = try PdfReader(seconds: 30).read(bytes)
        let mupdf = try PdfReader(seconds: 30, poppler: ExternalTool(name: "govreports-no-such-pdftotext")).read(bytes)
        #expect(mupdf.reader == "pdf/mupdf")
        #expect(mupdf.diagnostics.map(\.code) == [.pdfFallbackReader])
        #expect(mupdf.lines == poppler.lines)
        #expect(mupdf.tables == poppler.tables)
        #expect(!mupdf.removed.isEmpty)
    }

    /// Without antiword, catdoc reads the DOC, with a `doc-fallback-reader` note; with neither, the error says
    /// which packages to install.
    @Test func catdocAndMissingReaders() throws {
        let bytes = try AttachmentFixtures.bytes("tongxiang-gov-info-2023.doc")
        let none = ExternalTool(name: "govreports-no-such-antiword")
        let content = try DocReader(seconds: 30, antiword: none).read(bytes)
        #expect(content.reader == "doc/catdoc")
        #expect(content.diagnostics.map(\.code) == [.docFallbackReader])
        #expect(content.lines.contains { $0.contains("全年共收到政府信息公开申请74件") })
        #expect(throws: DocReader.Failure.noReader) { try DocReader(seconds: 30, antiword: none, catdoc: none).read(bytes) }
        #expect(throws: PdfReader.Failure.noReader) {
            try PdfReader(seconds: 30, poppler: none, mupdf: none).read(try AttachmentFixtures.bytes("disclosure.pdf"))
        }
    }
}
