import Foundation

/// Writes a file in place with plain system calls: export stages `texts/*.txt` this way (no reader sees them before
/// their folder is swapped in, and the folder is flushed once by `FileSystemSync`), and `AtomicFile` writes its
/// temporary file this way before renaming it.
enum PlainFile {
    /// Creates or truncates `path` and writes `bytes` to it; with `sync`, flushes it to disk before closing.
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, sync: Bool = false) throws {
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
        if sync && fsync(fd) != 0 { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }
}
