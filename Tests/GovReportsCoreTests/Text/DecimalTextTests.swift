import Foundation
import Testing
@testable import GovReportsCore

/// Decimal digits written into a byte buffer match `String`'s spelling, and cell numbers match `Cell.format`.
@Suite struct DecimalTextTests {
    /// Edge values and random ones, appended after existing bytes, spell exactly as `String(v)`.
    @Test func matchesStringSpelling() {
        var generator = SystemRandomNumberGenerator()
        var values: [Int64] = [0, 1, -1, 9, 10, -10, 99, 100, 1_000_000_007, Int64.max, Int64.min, Int64.min + 1]
        for _ in 0..<2000 {
            let width = Int64.random(in: 0...62, using: &generator)
            values.append(Int64.random(in: -(1 << width)...(1 << width), using: &generator))
        }
        for v in values {
            var buffer: [UInt8] = [0x41]
            DecimalText.append(v, to: &buffer)
            #expect(buffer == [0x41] + Array(String(v).utf8), "\(v)")
        }
    }

    /// `Cell.append` writes what `Cell.format` returns, for whole, fractional, huge, tiny and non-finite numbers.
    @Test func cellNumbersMatchFormat() {
        let values: [Double] = [0, -0.0, 1, -1, 295, 1588.3, 0.05, 40.5, 1e14, 999_999_999_999_999, 1e15, 1e20, 1.5e-7,
                                -2.25, .infinity, -.infinity, .nan, 123_456.789]
        for v in values {
            var buffer: [UInt8] = []
            Cell.append(v, to: &buffer)
            #expect(String(decoding: buffer, as: UTF8.self) == Cell.format(v), "\(v)")
        }
        #expect(Cell.format(1588.3) == "1588.3")
        #expect(Cell.format(295) == "295")
        #expect(Cell.format(1.5e-7) == "0.00000015")
    }
}
