import Testing
@testable import GovReportsCore

/// Inputs the clean stage refuses, each with a typed error that names the document.
@Suite struct CleanErrorTests {
    /// No bytes, or only whitespace, is `.empty`.
    @Test func emptyInputIsEmpty() throws {
        let cleaner = try CleanFixtures.cleaner()
        #expect(throws: CleanError.empty(docID: "doc-e.txt", source: "e.txt")) {
            try cleaner.clean([], record: CleanFixtures.record("e.txt"))
        }
        #expect(throws: CleanError.empty(docID: "doc-e.txt", source: "e.txt")) {
            try cleaner.clean(Array(" \n\t\r\n".utf8), record: CleanFixtures.record("e.txt"))
        }
    }

    /// PNG and ZIP signatures (a zip that is no DOCX), and control-byte soup, are `.binary`.
    @Test func imagesAndArchivesAreBinary() throws {
        let cleaner = try CleanFixtures.cleaner()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0] + Array("data/records.bin".utf8)
        let soup: [UInt8] = (0..<512).map { UInt8(($0 * 7) % 32) }
        for (name, bytes, format) in [("a.png", png, "PNG"), ("b.html", zip, "ZIP"), ("c.txt", soup, "control")] {
            do {
                _ = try cleaner.clean(bytes, record: CleanFixtures.record(name))
                Issue.record("\(name) was cleaned")
            } catch {
                guard case .binary(let docID, let source, let detected) = error else {
                    Issue.record("\(name): \(error)")
                    continue
                }
                #expect(docID == "doc-" + name && source == name)
                #expect(detected.contains(format))
                #expect(error.description.contains(name))
            }
        }
    }

    /// A page of nothing but navigation, share buttons and footer is `.noContent`.
    @Test func onlyChromeIsNoContent() throws {
        #expect(throws: CleanError.noContent(docID: "doc-only-chrome.html", source: "only-chrome.html")) {
            try CleanFixtures.cleaner().clean(try CleanFixtures.own("only-chrome.html"),
                                              record: CleanFixtures.record("only-chrome.html"))
        }
    }

    /// A text file of chrome lines only is `.noContent` too.
    @Test func chromeOnlyTextIsNoContent() throws {
        let text = "首页 > 信息公开 > 正文\n分享到：\n【打印】【关闭】\n扫一扫在手机打开当前页\n"
        #expect(throws: CleanError.noContent(docID: "doc-x.txt", source: "x.txt")) {
            try CleanFixtures.cleaner().clean(Array(text.utf8), record: CleanFixtures.record("x.txt"))
        }
    }
}
