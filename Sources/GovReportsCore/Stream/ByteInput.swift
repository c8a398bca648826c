#if canImport(Glibc)
import Glibc
#endif

/// Bytes from a file descriptor (stdin, a pipe, a file) in chunks, or from memory (tests): what a stream reader
/// consumes, so a reader never needs the whole input at once.
public final class ByteInput {
    /// Bytes per read(2) unless told otherwise.
    public static let defaultChunkSize = 1 << 20
    /// Bytes per read(2).
    private let chunkSize: Int
    /// The descriptor read from; nil for an in-memory input.
    private let fd: Int32?
    /// The rest of an in-memory input.
    private var memory: [UInt8]?

    /// The descriptor, for a reader that reads it itself (the WARC reader); nil for an in-memory input.
    public var fileDescriptor: Int32? { fd }

    /// Reads `fd` (not closed here), `chunkSize` bytes at a time.
    public init(fileDescriptor fd: Int32, chunkSize: Int = ByteInput.defaultChunkSize) {
        self.fd = fd
        self.memory = nil
        self.chunkSize = max(1, chunkSize)
    }

    /// Serves `bytes`.
    public init(bytes: [UInt8]) {
        self.fd = nil
        self.memory = bytes
        self.chunkSize = ByteInput.defaultChunkSize
    }

    /// The next chunk, or nil at end of input; retries interrupted reads.
    public func nextChunk() throws(StreamError) -> [UInt8]? {
        guard let fd else {
            defer { memory = nil }
            return memory.flatMap { $0.isEmpty ? nil : $0 }
        }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { return Array(buffer[0..<n]) }
            if n == 0 { return nil }
            if errno == EINTR { continue }
            throw .inputUnreadable(String(cString: strerror(errno)))
        }
    }
}
