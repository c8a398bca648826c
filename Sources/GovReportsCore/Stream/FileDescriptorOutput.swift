#if canImport(Glibc)
import Glibc
#endif

/// Writes whole buffers to a file descriptor (stdout for `stream`), retrying partial and interrupted writes.
public struct FileDescriptorOutput: Sendable {
    /// The descriptor written to.
    public let fd: Int32

    /// Writes to `fd` (not closed here).
    public init(fileDescriptor fd: Int32) {
        self.fd = fd
    }

    /// Writes all of `bytes`; throws when the descriptor refuses them (closed pipe, full disk).
    public func write(_ bytes: [UInt8]) throws(StreamError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .outputUnwritable(String(cString: strerror(errno)))
            }
            done += n
        }
    }
}
