#if canImport(Glibc)
import Glibc
#endif

/// Splits a `ByteInput` into lines at LF (a CR before it is dropped), however long a line is.
public struct LineReader {
    /// Where the bytes come from.
    private let input: ByteInput
    /// Bytes read but not yet returned.
    private var pending: [UInt8] = []
    /// Start of the unreturned bytes in `pending`.
    private var start = 0
    /// True once the input is exhausted.
    private var finished = false
    /// Absolute input offset of `pending[0]`.
    private var base = 0
    /// Number of the last line returned, from 1.
    public private(set) var lineNumber = 0
    /// Byte offset in the input where the last line returned starts.
    public private(set) var lineOffset = 0

    /// Reads lines of `input`.
    public init(_ input: ByteInput) {
        self.input = input
    }

    /// The index of the first LF at or after `from`, found with memchr (lines are often tens of kilobytes).
    private static func newline(in bytes: [UInt8], from: Int) -> Int? {
        guard from < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + from, 0x0A, raw.count - from).map { UnsafeRawPointer($0) - raw.baseAddress! }
        }
    }

    /// The next line without its terminator, or nil at the end (a last line without LF counts).
    public mutating func next() throws(StreamError) -> [UInt8]? {
        var scanFrom = start
        while true {
            if let lf = Self.newline(in: pending, from: scanFrom) {
                var end = lf
                if end > start && pending[end - 1] == 0x0D { end -= 1 }
                let line = Array(pending[start..<end])
                lineOffset = base + start
                start = lf + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard start < pending.count else { return nil }
                let line = Array(pending[start...])
                lineOffset = base + start
                start = pending.count
                lineNumber += 1
                return line
            }
            // Drop what was returned before growing the buffer, so memory holds about one line.
            if start > 0 {
                pending.removeSubrange(0..<start)
                base += start
                start = 0
            }
            scanFrom = pending.count
            if let chunk = try input.nextChunk() { pending.append(contentsOf: chunk) } else { finished = true }
        }
    }
}
