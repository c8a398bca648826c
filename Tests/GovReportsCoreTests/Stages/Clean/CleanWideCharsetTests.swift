import Testing
@testable import GovReportsCore

/// Pages in UTF-16 or UTF-32 with a byte-order mark are decoded as text, not refused as binary (issue 20).
@Suite struct CleanWideCharsetTests {
    /// A report page written in each wide encoding, with its byte-order mark.
    static let page = "<html><head><meta charset=\"utf-16\"><title>青禾县2023年度法治政府建设情况报告</title></head><body>"
        + "<div id=\"content\"><h1>青禾县2023年度法治政府建设情况报告</h1><p>全年办理行政许可295件，开展普法活动12场。</p>"
        + "<p>𠀋字测试：超出基本平面的字也要保留。</p></div></body></html>"

    /// Encodes `text` as UTF-16 or UTF-32 in the given byte order, with a BOM.
    static func encode(_ text: String, width: Int, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ v: UInt32, _ bytes: Int) {
            for k in 0..<bytes {
                let shift = bigEndian ? (bytes - 1 - k) * 8 : k * 8
                out.append(UInt8(truncatingIfNeeded: v >> UInt32(shift)))
            }
        }
        put(0xFEFF, width)
        if width == 2 {
            for unit in text.utf16 { put(UInt32(unit), 2) }
        } else {
            for scalar in text.unicodeScalars { put(scalar.value, 4) }
        }
        return out
    }

    /// Every wide encoding and byte order yields the page's text and title, named by its charset, with no warning.
    @Test(arguments: [(2, false, "utf-16le"), (2, true, "utf-16be"), (4, false, "utf-32le"), (4, true, "utf-32be")])
    func wideBOMPageYieldsItsText(width: Int, bigEndian: Bool, charset: String) throws {
        let bytes = CleanWideCharsetTests.encode(CleanWideCharsetTests.page, width: width, bigEndian: bigEndian)
        let doc = try CleanFixtures.cleaner().clean(bytes, record: CleanFixtures.record("wide.html"))
        #expect(doc.encoding == charset)
        #expect(doc.text.contains("全年办理行政许可295件，开展普法活动12场。"))
        #expect(doc.text.contains("𠀋字测试"))
        #expect(doc.page.htmlTitle == "青禾县2023年度法治政府建设情况报告")
        #expect(!doc.text.contains("\u{FFFD}"))
        #expect(!doc.diagnostics.contains { $0.code == .nulBytesRemoved })
    }

    /// Without a BOM, NUL-riddled bytes are still called binary: the mark is what makes them text.
    @Test func wideTextWithoutBOMIsStillBinary() throws {
        let bytes = Array(CleanWideCharsetTests.encode(CleanWideCharsetTests.page, width: 2, bigEndian: false).dropFirst(2))
        #expect(throws: CleanError.self) { try CleanFixtures.cleaner().clean(bytes, record: CleanFixtures.record("wide.html")) }
    }

    /// A lone surrogate, a reversed pair and an odd trailing byte each become one U+FFFD; the text around survives.
    @Test func brokenUTF16IsRepairedInPlace() {
        // "年" D800 "度" DC00 "报" + odd byte, little-endian.
        let units: [UInt16] = [0x5E74, 0xD800, 0x5EA6, 0xDC00, 0x62A5]
        var bytes: [UInt8] = []
        for unit in units { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        bytes.append(0x41)
        let decoded = bytes.withUnsafeBufferPointer { TextDecoder.decode($0, charset: .utf16le, knownInvalid: nil) }
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "年\u{FFFD}度\u{FFFD}报\u{FFFD}")
        #expect(decoded.replacements == 3)
    }

    /// UTF-32 values past U+10FFFF or in the surrogate range are replaced.
    @Test func outOfRangeUTF32IsReplaced() {
        let values: [UInt32] = [0x5E74, 0x110000, 0xD800, 0x1F600]
        var bytes: [UInt8] = []
        for v in values { bytes += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }
        let decoded = bytes.withUnsafeBufferPointer { TextDecoder.decode($0, charset: .utf32be, knownInvalid: nil) }
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "年\u{FFFD}\u{FFFD}😀")
        #expect(decoded.replacements == 2)
    }
}
