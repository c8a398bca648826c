import Testing
@testable import GovReportsCore

/// GB18030 through iconv: two- and four-byte characters, bad and truncated bytes, and the UTF-8 written from the
/// decoded code points.
@Suite struct TextDecoderTests {
    /// Decodes bytes as GB18030.
    func decode(_ bytes: [UInt8]) -> DecodedText {
        bytes.withUnsafeBufferPointer { TextDecoder.decode($0, charset: .gb18030, knownInvalid: nil) }
    }

    /// 法治 (two bytes each), 😀 (four bytes), € and ASCII decode to the same UTF-8 Swift writes.
    @Test func decodesTwoAndFourByteCharacters() {
        let bytes: [UInt8] = [0xB7, 0xA8, 0xD6, 0xCE, 0x94, 0x39, 0xFC, 0x36, 0xA2, 0xE3, 0x41, 0x0A]
        let decoded = decode(bytes)
        #expect(decoded.utf8 == Array("法治😀€A\n".utf8))
        #expect(decoded.replacements == 0)
    }

    /// A byte that starts no sequence becomes one U+FFFD and decoding resumes right after it; a lead byte cut off
    /// at the end becomes one more.
    @Test func replacesBadAndTruncatedBytes() {
        let bytes: [UInt8] = [0xB7, 0xA8, 0xFF, 0x41, 0xD6, 0xCE, 0xB7]
        let decoded = decode(bytes)
        #expect(decoded.utf8 == Array("法\u{FFFD}A治\u{FFFD}".utf8))
        #expect(decoded.replacements == 2)
    }

    /// A long page decodes whole (the code-point buffer is sized from the input, not grown by guesswork).
    @Test func longInputDecodesWhole() {
        let unit: [UInt8] = [0xB7, 0xA8, 0x20, 0xD6, 0xCE, 0x31]
        let bytes = Array([[UInt8]](repeating: unit, count: 20_000).joined())
        let decoded = decode(bytes)
        #expect(decoded.utf8 == Array(String(repeating: "法 治1", count: 20_000).utf8))
        #expect(decoded.replacements == 0)
    }
}
