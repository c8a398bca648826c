import Foundation
import Testing
@testable import GovReportsCore

/// JSONText's escape table is the one both hand-written readers (stage records, stream lines) decode with: it must
/// invert what the writer escapes and agree with Foundation's JSON parser.
@Suite struct JSONTextTests {
    /// Every string the writer escapes reads back through JSONSerialization unchanged.
    @Test func writerOutputIsValidJSON() throws {
        let text = "a\"b\\c/d\u{08}e\u{0C}f\ng\rh\ti\u{01}j中文"
        var buffer: [UInt8] = []
        JSONText.appendString(text, to: &buffer)
        let decoded = try JSONSerialization.jsonObject(with: Data(buffer), options: [.fragmentsAllowed]) as? String
        #expect(decoded == text)
    }

    /// The one-character escapes map to the bytes JSON defines; `u` and bytes JSON forbids after a backslash give nil.
    @Test func oneCharacterEscapes() {
        let pairs: [(Character, UInt8)] = [("\"", 0x22), ("\\", 0x5C), ("/", 0x2F), ("b", 0x08), ("f", 0x0C),
                                           ("n", 0x0A), ("r", 0x0D), ("t", 0x09)]
        for (escape, byte) in pairs {
            #expect(JSONText.unescapedByte(escape.asciiValue!) == byte, "\\\(escape)")
        }
        for forbidden in ["u", "x", "0", "a", "N", " "] {
            #expect(JSONText.unescapedByte(Character(forbidden).asciiValue!) == nil, "\\\(forbidden)")
        }
    }
}
