import Foundation

/// Writes files so that a reader (or a crash) sees either the old or the new content, never a mix.
public enum AtomicFile {
    /// This process's id, read once: `getpid` is a system call every time, and every temporary name carries it.
    private static let processID = getpid()
    /// Numbers this process's temporary files; with the process id that keeps names apart without asking the kernel
    /// for random bytes (a system call per file).
    private static let sequence = Counter()

    /// Writes `data` as the raw-bytes `write(_:to:sync:)` does.
    public static func write(_ data: Data, to url: URL, sync: Bool = false) throws {
        try data.withUnsafeBytes { try write($0, to: url, sync: sync) }
    }

    /// Writes bytes to a temporary file beside `url`, flushes it, then renames it over `url`; creates the folder when
    /// it is missing.
    public static func write(_ bytes: UnsafeRawBufferPointer, to url: URL, sync: Bool = false) throws {
        let path = url.path
        let dir = url.deletingLastPathComponent()
        let tmp = "\(dir.path)/.\(url.lastPathComponent).tmp-\(processID)-\(sequence.increment())"
        /// One attempt at writing the temporary file.
        func attempt() throws { try PlainFile.write(bytes, to: tmp, sync: sync) }
        do { try attempt() } catch {
            // The folder is looked at only when a write into it fails: checking it first cost every write a
            // FileManager round trip and a stat, and the stage folders exist after a document's first write.
            do {
                try PlainFile.makeDirectories(dir.path)
                try attempt()
            } catch let failure as PlainFileError {
                unlink(tmp)
                // Name the destination, not the temporary, but keep the system's reason.
                throw PlainFileError(path: path, errno: failure.code, writing: true)
            }
        }
        guard rename(tmp, path) == 0 else {
            let code = errno
            unlink(tmp)
            throw PlainFileError(path: path, errno: code, writing: true)
        }
    }

    /// Renames a finished temporary file over its destination.
    public static func replace(_ destination: URL, with finished: URL) throws {
        guard rename(finished.path, destination.path) == 0 else {
            throw PlainFileError(path: destination.path, errno: errno, writing: true)
        }
    }
}
