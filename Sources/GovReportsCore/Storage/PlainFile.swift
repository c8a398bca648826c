import Foundation

/// Reads and writes whole files with plain system calls. Export stages `texts/*.txt` this way (no reader sees them
/// before their folder is swapped in, and the folder is flushed once by `FileSystemSync`), `AtomicFile` writes its
/// temporary file this way before renaming it, and fetch and clean read pages this way: `Data(contentsOf:)` and
/// `FileManager.attributesOfItem` cost several `stat` calls per file, and the latter read `/etc/passwd` and
/// `/etc/group` for owner names every time.
enum PlainFile {
    /// The size in bytes of the file at `path`.
    static func size(_ path: String) throws(PlainFileError) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { throw PlainFileError(path: path, errno: errno) }
        return Int(info.st_size)
    }

    /// The modification time of the file at `path`, in seconds since 1970.
    static func modificationTime(_ path: String) throws(PlainFileError) -> Double {
        var info = stat()
        guard stat(path, &info) == 0 else { throw PlainFileError(path: path, errno: errno) }
        return modificationTime(of: info)
    }

    /// A `stat` result's modification time in seconds since 1970, computed as Foundation's `modificationDate`
    /// computes it, so identities stored by earlier versions (through `attributesOfItem`) still match to the last bit.
    static func modificationTime(of info: stat) -> Double {
        #if os(Linux)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        return Date(timeIntervalSinceReferenceDate: Double(time.tv_sec) - Date.timeIntervalBetween1970AndReferenceDate
                    + Double(time.tv_nsec) / 1_000_000_000.0).timeIntervalSince1970
    }

    /// The whole content of the file at `path`.
    static func read(_ path: String) throws(PlainFileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw PlainFileError(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw PlainFileError(path: path, errno: errno) }
        // The size is a first guess (the file may change while read): read until end of file, growing as needed.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw PlainFileError(path: path, errno: errno)
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Creates or truncates `path` and writes `bytes` to it; with `sync`, flushes it to disk before closing.
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, sync: Bool = false) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PlainFileError(path: path, errno: errno, writing: true) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw PlainFileError(path: path, errno: errno, writing: true)
            }
            offset += n
        }
        if sync && fsync(fd) != 0 { throw PlainFileError(path: path, errno: errno, writing: true) }
    }

    /// Creates `path` and any missing parents (mkdir -p), keeping the system's reason when one cannot be made.
    static func makeDirectories(_ path: String) throws(PlainFileError) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw PlainFileError(path: path, errno: errno, writing: true) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw PlainFileError(path: path, errno: ENOENT, writing: true) }
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw PlainFileError(path: path, errno: errno, writing: true) }
    }
}
