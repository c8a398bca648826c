import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GovReportsCore

/// Charset detection and decoding: GBK without mojibake or truncation, hint over meta, bad bytes replaced.
@Suite struct CleanCharsetTests {
    /// A page labelled gb2312 that holds the GBK-only 镕 decodes in full as GB18030.
    @Test func gb2312LabelDecodesGBKOnlyCharacters() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("gb2312-page.html"),
                                                    record: CleanFixtures.record("gb2312-page.html"))
        #expect(doc.encoding == "gb18030")
        #expect(doc.text.contains("邀请朱镕基同志曾经工作过的单位老同志讲授依法行政课程2场，参训干部310人次。"))
        #expect(doc.text.contains("执法人员力量仍显不足，专业培训有待加强。"))
        #expect(!doc.text.contains("\u{FFFD}"))
        #expect(doc.warnings.isEmpty)
    }

    /// A charset meta that comes after `<title>` is still found, so the title is not mojibake.
    @Test func metaAfterTitleIsHonoured() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("meta-after-title.html"),
                                                    record: CleanFixtures.record("meta-after-title.html"))
        #expect(doc.encoding == "utf-8")
        #expect(doc.page.htmlTitle == "石桥镇召开2023年度依法行政工作推进会")
        #expect(doc.page.siteName == "石桥镇人民政府网")
        #expect(doc.page.published == "2023-12-01")
        #expect(doc.page.sourceLabel == "镇党政办")
        #expect(doc.text.contains("镇村两级干部共计65人参加会议。"))
    }

    /// The transport's charset wins over the page's meta.
    @Test func transportHintBeatsMeta() throws {
        let cleaner = try CleanFixtures.cleaner()
        let ascii = Array("<html><head><meta charset=\"gb2312\"><title>t</title></head><body><div id=\"content\"><p>Annual report body text.</p></div></body></html>".utf8)
        #expect(try cleaner.clean(ascii, record: CleanFixtures.record("a.html")).encoding == "gb18030")
        #expect(try cleaner.clean(ascii, record: CleanFixtures.record("a.html", hint: "UTF-8")).encoding == "utf-8")

        let gbk = try CleanFixtures.own("gbk-labelled-utf8.html")
        let hinted = try cleaner.clean(gbk, record: CleanFixtures.record("gbk-labelled-utf8.html", hint: "GBK"))
        #expect(hinted.encoding == "gb18030")
        #expect(hinted.text.contains("朱镕基"))
        #expect(hinted.warnings.isEmpty)
    }

    /// GBK bytes that claim to be UTF-8 are recognised as not UTF-8 and decoded as GB18030, with a warning.
    @Test func gbkLabelledUTF8FallsBackToGB18030() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("gbk-labelled-utf8.html"),
                                                    record: CleanFixtures.record("gbk-labelled-utf8.html"))
        #expect(doc.encoding == "gb18030")
        #expect(doc.text.contains("参训干部310人次。"))
        #expect(doc.page.articleTitle == "青禾县民政局2023年度法治政府建设情况报告")
        #expect(doc.diagnostics.contains { $0.code == .charsetMismatch && $0.message.contains("not UTF-8") })
    }

    /// One bad byte in a UTF-8 page becomes U+FFFD with a warning that counts it; the rest survives.
    @Test func invalidUTF8IsReplacedAndWarned() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("utf8-invalid.html"),
                                                    record: CleanFixtures.record("utf8-invalid.html"))
        #expect(doc.encoding == "utf-8")
        #expect(doc.text.contains("合格率达到\u{FFFD}95.8%。"))
        #expect(doc.diagnostics.contains { $0.code == .bytesReplaced && $0.message.contains("replaced 1 invalid byte") })
    }

    /// NUL bytes inside otherwise valid HTML are stripped with a warning, not treated as binary.
    @Test func nulBytesAreStrippedNotBinary() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("nul-bytes.html"),
                                                    record: CleanFixtures.record("nul-bytes.html"))
        #expect(doc.text.contains("会议要求，各村（社区）要对照问题清单逐项整改"))
        #expect(doc.diagnostics.contains { $0.code == .nulBytesRemoved && $0.message.contains("2 NUL") })
    }

    /// iconv decoding replaces a bad byte and a truncated tail with U+FFFD and counts them.
    @Test func iconvReplacesBadAndTruncatedBytes() throws {
        var bytes: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4] // 中文
        bytes.append(0xFF)
        bytes += [0xB2, 0xE2, 0xCA, 0xD4] // 测试
        bytes.append(0x81) // a lead byte cut off at the end
        let decoded = bytes.withUnsafeBufferPointer { TextDecoder.decode($0, charset: .gb18030, knownInvalid: nil) }
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "中文\u{FFFD}测试\u{FFFD}")
        #expect(decoded.replacements == 2)
    }

    /// An unsupported transport charset is reported and the page's own evidence decides.
    @Test func unsupportedHintFallsBackToDetection() throws {
        let doc = try CleanFixtures.cleaner().clean(try CleanFixtures.own("meta-after-title.html"),
                                                    record: CleanFixtures.record("meta-after-title.html", hint: "ISO-8859-1"))
        #expect(doc.encoding == "utf-8")
        #expect(doc.text.contains("镇村两级干部共计65人参加会议。"))
        #expect(doc.diagnostics.contains { $0.code == .charsetUnsupported && $0.message.contains("ISO-8859-1") })
    }

    /// GBK text without any label (a .txt file) is recognised by its bytes.
    @Test func unlabelledGBKTextIsDetected() throws {
        let text = "一、主要举措\r\n全年组织集中学法12次，邀请朱镕基同志曾经工作过的单位老同志讲课。\r\n"
        let gbk = Self.toGB18030(Array(text.utf8))
        let doc = try CleanFixtures.cleaner().clean(gbk, record: CleanFixtures.record("notice.txt"))
        #expect(doc.encoding == "gb18030")
        #expect(doc.text == "一、主要举措\n全年组织集中学法12次，邀请朱镕基同志曾经工作过的单位老同志讲课。")
    }

    /// UTF-8 → GB18030 with glibc iconv, for building GBK inputs in tests.
    static func toGB18030(_ utf8: [UInt8]) -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")
        defer { iconv_close(cd) }
        var input = utf8.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: utf8.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
            }
        }
        return output[0..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
    }

    /// Charset labels map to the two supported charsets.
    @Test func labelsMapToSupportedCharsets() {
        #expect(TextCharset.fromLabel("GB2312") == .gb18030)
        #expect(TextCharset.fromLabel("gbk") == .gb18030)
        #expect(TextCharset.fromLabel("UTF8") == .utf8)
        #expect(TextCharset.fromLabel("big5") == nil)
    }

    /// A multi-byte count handed over with known well-formed bytes gives the decision a fresh walk gives, whatever
    /// the page declares: UTF-8, a left-over legacy label over long UTF-8 (overruled) or over short UTF-8 (kept),
    /// nothing, or a transport hint; and a UTF-8 BOM.
    @Test func knownMultibyteCountDecidesAsAFreshCheck() {
        let long = String(repeating: "法治政府建设", count: 4)
        let pages = [
            "<meta charset=\"utf-8\"><p>\(long)</p>",
            "<meta charset=\"gbk\"><p>\(long)</p>",
            "<meta charset=\"gb2312\"><p>报告</p>",
            "<p>\(long)</p>",
            "\u{FEFF}<p>\(long)</p>",
            "plain ascii only",
        ]
        for page in pages {
            let bytes = Array(page.utf8)
            let multibyte = bytes.withUnsafeBufferPointer { UTF8Check.scan($0, from: 0).multibyte }
            for hint in [nil, "gbk", "utf-8"] as [String?] {
                let fresh = bytes.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: hint) }
                let known = bytes.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: hint, knownMultibyte: multibyte) }
                #expect(fresh == known, "\(page) hint \(hint ?? "none")")
            }
        }
        // The short legacy-labelled page keeps its label: the count, not only validity, decides.
        let short = Array("<meta charset=\"gb2312\"><p>报告</p>".utf8)
        #expect(short.withUnsafeBufferPointer { CharsetDetector.detect($0, hint: nil, knownMultibyte: 2) }.charset == .gb18030)
    }
}
