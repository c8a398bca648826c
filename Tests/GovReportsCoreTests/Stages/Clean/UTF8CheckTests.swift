import Testing
import GovReportsBench
@testable import GovReportsCore

/// The UTF-8 check's fast paths (eight ASCII bytes at a time, common three-byte sequences inline) count exactly
/// what the well-formedness table alone counts, and the early stop reports the first invalid byte.
@Suite struct UTF8CheckTests {
    /// The definition: every byte either starts a well-formed sequence (by the table) or is one invalid byte.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> (invalid: Int, multibyte: Int) {
        var invalid = 0
        var multibyte = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = UTF8Check.sequenceLength(bytes, at: i)
            if length == 0 { invalid += 1; i += 1 } else { multibyte += 1; i += length }
        }
        return (invalid, multibyte)
    }

    /// Random mixes of ASCII runs, valid CJK, other widths, stray continuation bytes, surrogates and cut sequences.
    @Test func countsMatchTheTable() {
        let pieces: [[UInt8]] = [Array("abcdefghij".utf8), Array("法治政府".utf8), Array("é".utf8), Array("😀".utf8),
                                 [0x80], [0xBF], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xC0, 0xAF], [0xFF], [0xE1, 0x80, 0x41], Array("\u{FFFD}".utf8), [0xEC, 0xBF, 0xBF]]
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<500 {
            let count = Int.random(in: 0...30, using: &generator)
            let bytes = Array((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
            bytes.withUnsafeBufferPointer { buffer in
                let fast = UTF8Check.scan(buffer, from: 0)
                let slow = Self.reference(buffer)
                #expect(fast.invalid == slow.invalid && fast.multibyte == slow.multibyte, "\(bytes)")
            }
        }
    }

    /// With `stopAtInvalid` the scan ends at the first invalid byte: one invalid, and only the sequences before it.
    @Test func stopsAtFirstInvalid() {
        let bytes: [UInt8] = Array("法治".utf8) + [0xB7, 0xA8] + Array("政府".utf8) + [0xFF]
        bytes.withUnsafeBufferPointer { buffer in
            let stopped = UTF8Check.scan(buffer, from: 0, stopAtInvalid: true)
            #expect(stopped.invalid == 1 && stopped.multibyte == 2)
            let full = UTF8Check.scan(buffer, from: 0)
            #expect(full.invalid == 3 && full.multibyte == 4)
        }
    }
}
