/// Whole numbers written as decimal digits straight into a byte buffer (as `String(v)` spells them, without making
/// the `String`), shared by the dataset writers and the stage-record writer.
enum DecimalText {
    /// Appends `value` in base 10, with a leading minus sign when negative.
    static func append(_ value: Int64, to buffer: inout [UInt8]) {
        // The magnitude as unsigned, so Int64.min needs no special case.
        var magnitude = value.magnitude
        if value < 0 { buffer.append(0x2D) }
        if magnitude < 10 {
            buffer.append(0x30 + UInt8(magnitude))
            return
        }
        // Right to left into 20 bytes of stack scratch (enough for any UInt64), then copied in one go.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            while magnitude > 0 {
                start -= 1
                digits[start] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    /// Appends `value` in base 10.
    static func append(_ value: Int, to buffer: inout [UInt8]) {
        append(Int64(value), to: &buffer)
    }
}
