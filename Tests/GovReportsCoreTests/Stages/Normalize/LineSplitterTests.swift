import Testing
import GovReportsBench
@testable import GovReportsCore

/// The byte-level line splitter gives the lines the scalar-by-scalar definition gives, on text full of the cases
/// its fast paths skip: folds, odd spaces, zero-width marks, controls and every kind of line break.
@Suite struct LineSplitterTests {
    /// The definition: fold each scalar, split at line breaks, trim, collapse spaces, drop controls and empty lines.
    static func reference(_ text: String, fullWidth: Bool) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                if !current.isEmpty { lines.append(String(current)) }
                current = String.UnicodeScalarView()
                pendingSpace = false
                continue
            default:
                break
            }
            guard let folded = WidthFolder.fold(scalar, fullWidth: fullWidth) else { continue }
            if folded == " " {
                pendingSpace = !current.isEmpty
                continue
            }
            if folded.value < 0x20 || folded.value == 0x7F { continue }
            if pendingSpace { current.append(" "); pendingSpace = false }
            current.append(folded)
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Random texts from an alphabet of runs the fast path copies and scalars it must not.
    @Test func agreesWithDefinition() {
        let pieces = ["法治政府", "abc", "123", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}",
                      "\u{2029}", "\u{3000}", "\u{A0}", "\u{2003}", "\u{200B}", "\u{FEFF}", "\u{2060}", "１２３", "（一）",
                      "，", "。", "\u{1}", "\u{7F}", "é", "e\u{301}", "\u{1F600}", "〔2023〕", "䶵", "\u{4000}", "\u{9FFF}",
                      "\u{E000}", "ｚ", "～", "\u{FF5F}", "\u{FF00}"]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<400 {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for fullWidth in [true, false] {
                #expect(LineSplitter.lines(text, fullWidth: fullWidth) == Self.reference(text, fullWidth: fullWidth),
                        "\(text.debugDescription) fullWidth \(fullWidth)")
            }
        }
    }

    /// A CJK ideograph cut short at the very end of the buffer is not copied as a run (the String API never
    /// hands such bytes over, but the byte entry point must not read past the end).
    @Test func ideographRunStopsAtTheEnd() {
        let bytes: [UInt8] = Array("法治a".utf8)
        let lines = bytes.withUnsafeBufferPointer { LineSplitter.lines(utf8: $0, fullWidth: true) }
        #expect(lines == ["法治a"])
    }
}
