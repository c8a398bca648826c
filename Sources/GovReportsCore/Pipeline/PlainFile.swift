import Foundation

/// Writes a file no reader sees before its folder is swapped in (export staging): no temporary and rename, and no
/// flush of its own, because the folder is flushed once (`FileSystemSync`) before the swap.
enum PlainFile {
    /// Creates or truncates `path` and writes `bytes` to it.
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            offset += n
        }
    }
}
